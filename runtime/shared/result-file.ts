// A department's result file (证照/批文 as PDF, OFD, JPEG or PNG) checked in the browser against the same limits the
// server enforces, and uploaded for the task being approved. OFD files usually come without a browser type, so the
// type is taken from the extension when the browser gives none.
import { RESULT_FILE_MAX_MB, RESULT_FILE_TYPES, type AttachmentView } from "../../spec/api.js";
import type { MessageKey } from "./i18n.js";
import { fileSize, typeLabel, uploadFile } from "./upload.js";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const BY_EXTENSION: Record<string, string> = { pdf: "application/pdf", ofd: "application/ofd", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png" };

/** The accept attribute of the file input: the types and their extensions (OFD has no registered browser type). */
export const RESULT_FILE_ACCEPT = [...RESULT_FILE_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(",");

/** The limits as shown to staff in the UI language, e.g. { types: "PDF、OFD、JPG、PNG", max: 20 } / "PDF, OFD, JPG, PNG". */
export function resultFileLimits(t: T): { types: string; max: number } {
  return { types: RESULT_FILE_TYPES.map(typeLabel).join(t("common.listSeparator")), max: RESULT_FILE_MAX_MB };
}

/** The type a result file is sent as: the browser's when accepted, else the one its extension names. */
export function resultFileMime(file: File): string {
  if (RESULT_FILE_TYPES.includes(file.type)) return file.type;
  return BY_EXTENSION[file.name.split(".").pop()?.toLowerCase() ?? ""] ?? (file.type || "application/octet-stream");
}

/** Why a chosen file cannot be a result file (undefined when it can), so staff learn it before approving. */
export function resultFileProblem(t: T, file: File): string | undefined {
  const { types, max } = resultFileLimits(t);
  if (file.size === 0) return t("wb.resultFileEmpty", { name: file.name });
  if (!RESULT_FILE_TYPES.includes(resultFileMime(file))) return t("wb.resultFileBadType", { name: file.name, types });
  if (file.size > max * 1024 * 1024) return t("wb.resultFileTooBig", { name: file.name, size: fileSize(file.size), max });
  return undefined;
}

/** Uploads the result file of an open task; resolves with the stored file whose id the approval names. */
export function uploadResultFile(taskId: string, file: File): Promise<AttachmentView> {
  const typed = new File([file], file.name, { type: resultFileMime(file) });
  return uploadFile(`/api/tasks/${encodeURIComponent(taskId)}/result-file`, typed);
}

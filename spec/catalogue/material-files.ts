// The files a material offers to download in its service guide (GB/T 39046: 空白表格 and 示例样表): a reference to
// bytes in the server's content-addressed file store, by SHA-256 with the name, type and size they were uploaded
// with. A published version keeps the reference it was published with, so its files never change; the draft's can be
// replaced or removed. Pure: the shapes, the limits, where the references sit in an item and the public address.
import { z } from "zod";
import { schemaMessage } from "../issue-messages.js";

/** The two files a material may offer, by the element key a material carries them under. */
export const MATERIAL_FILE_KINDS = ["blank_form", "sample_form"] as const;
export type MaterialFileKind = (typeof MATERIAL_FILE_KINDS)[number];

/** The types a blank form or sample may be: PDF, OFD, Word, Excel and images. */
export const MATERIAL_FILE_TYPES = [
  "application/pdf", "application/ofd", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg", "image/png",
] as const;
/** Largest blank form or sample, in MB. */
export const MATERIAL_FILE_MAX_MB = 20;
/** Distinct files one item's draft may reference (every material's blank form and sample, situations included). */
export const MAX_ITEM_FILES = 60;
/** Bytes of all distinct files one item's draft may reference. */
export const MAX_ITEM_FILE_BYTES = 200 * 1024 * 1024;

/** The validation messages of a file reference (the Chinese stands for both languages: spec/issue-messages.ts). */
const MESSAGES = {
  sha256: schemaMessage("文件的校验值须为 64 位十六进制 SHA-256", "the file's checksum must be a 64-digit hexadecimal SHA-256"),
  name: schemaMessage("文件名须为 1–200 个字符", "the file name must be 1–200 characters"),
  mime: schemaMessage("文件类型须为 PDF、OFD、DOC、DOCX、XLS、XLSX、JPG 或 PNG", "the file type must be PDF, OFD, DOC, DOCX, XLS, XLSX, JPG or PNG"),
  size: schemaMessage(`文件大小须为 1 字节至 ${MATERIAL_FILE_MAX_MB} MB`, `the file size must be between 1 byte and ${MATERIAL_FILE_MAX_MB} MB`),
} as const;

/** A blank form or sample of a material: stored bytes by hash, with the name and type they were uploaded under. */
export const MaterialFileRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, MESSAGES.sha256),
  name: z.string().min(1, MESSAGES.name).max(200, MESSAGES.name),
  mime: z.enum(MATERIAL_FILE_TYPES, { error: MESSAGES.mime }),
  size: z.number().int().min(1, MESSAGES.size).max(MATERIAL_FILE_MAX_MB * 1024 * 1024, MESSAGES.size),
}).describe("a file in the server's file store (upload it on the item draft; never typed in)");
export type MaterialFileRef = z.infer<typeof MaterialFileRefSchema>;

/** Where a material sits in an item: among the item's own materials, or among one situation's. */
export interface MaterialPlace { situation?: string; material: string }

/** One file reference of an item, with where it sits (pointer from the item) and its raw value. */
export interface FoundFileRef { pointer: string; place: MaterialPlace; kind: MaterialFileKind; ref: unknown }

type Rec = Record<string, unknown>;
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => !!x && typeof x === "object") : []);

/** Every blank-form and sample reference of an item or draft (item materials first, then each situation's). */
export function itemFileRefs(item: { materials?: unknown; situations?: unknown }): FoundFileRef[] {
  const out: FoundFileRef[] = [];
  const scan = (materials: unknown, base: string, situation?: string) => list(materials).forEach((m, j) => {
    for (const kind of MATERIAL_FILE_KINDS) {
      if (m[kind] !== undefined) out.push({ pointer: `${base}/materials/${j}/${kind}`, place: { ...(situation ? { situation } : {}), material: String(m.id) }, kind, ref: m[kind] });
    }
  });
  scan(item.materials, "");
  list(item.situations).forEach((s, i) => scan(s.materials, `/situations/${i}`, String(s.id)));
  return out;
}

/** The material at a place of an item or draft, or undefined. */
export function materialAt(item: { materials?: unknown; situations?: unknown }, place: MaterialPlace): Rec | undefined {
  const owner = place.situation ? list(item.situations).find((s) => s.id === place.situation)?.materials : item.materials;
  return list(owner).find((m) => m.id === place.material);
}

/** A copy of a draft with one material's file set (a reference) or removed (undefined); undefined when no such material. */
export function withMaterialFile<T extends { materials?: unknown; situations?: unknown }>(draft: T, place: MaterialPlace, kind: MaterialFileKind, ref: MaterialFileRef | undefined): T | undefined {
  if (!materialAt(draft, place)) return undefined;
  const setIn = (materials: unknown) => list(materials).map((m) => {
    if (m.id !== place.material) return m;
    const { [kind]: _old, ...rest } = m;
    return ref ? { ...rest, [kind]: ref } : rest;
  });
  if (!place.situation) return { ...draft, materials: setIn(draft.materials) };
  return { ...draft, situations: list(draft.situations).map((s) => (s.id === place.situation ? { ...s, materials: setIn(s.materials) } : s)) };
}

/** The public address of a published version's file (immutable: the version and the hash name the bytes). */
export function materialFileUrl(itemId: string, version: number, sha256: string): string {
  return `/api/guides/items/${encodeURIComponent(itemId)}/versions/${version}/files/${sha256}`;
}

/** The staff address of a file an item's draft or versions reference (for checking it before publishing). */
export function draftFileUrl(itemId: string, sha256: string): string {
  return `/api/items/${encodeURIComponent(itemId)}/files/${sha256}`;
}

/** The upload / removal address of one material's blank form or sample on the item draft. */
export function materialFilePath(itemId: string, place: MaterialPlace, kind: MaterialFileKind): string {
  const q = place.situation ? `?situation=${encodeURIComponent(place.situation)}` : "";
  return `/api/items/${encodeURIComponent(itemId)}/materials/${encodeURIComponent(place.material)}/files/${kind}${q}`;
}

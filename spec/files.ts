// File types and sizes as applicants read them, one definition for the server's messages and the apps' labels.

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP", "image/tiff": "TIFF",
  "application/ofd": "OFD", "application/msword": "DOC", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.ms-excel": "XLS", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/zip": "ZIP", "text/plain": "TXT", "application/x-msdownload": "EXE", "application/x-elf": "ELF", "text/html": "HTML", "image/svg+xml": "SVG",
  "application/x-rar-compressed": "RAR", "application/x-7z-compressed": "7Z",
};

/** A short label of a MIME type for applicants (PDF, JPG, PNG, …); the MIME type itself when unknown. */
export function typeLabel(mime: string): string {
  return TYPE_LABELS[mime] ?? mime;
}

/** A file size for people: KB below 1 MB (at least 1 KB), else MB with one decimal. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

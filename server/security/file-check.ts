// What a file really is, from its bytes: the maintained `file-type` detector for the formats it knows, our own check
// for OFD (China's fixed-layout format, a ZIP with OFD.xml, which file-type reports as a plain ZIP), and structural
// checks that a format's ending is there (a PDF has its trailer, a PNG its IEND, a ZIP its central directory), so
// "%PDF-" followed by a web page, or an executable renamed .pdf, is refused on every path that takes a file.
import { fileTypeFromBuffer } from "file-type";
import { say, type Bilingual } from "../../spec/bilingual.js";
import { typeLabel } from "../../spec/files.js";

/** MIME types file-type reports for what a material may declare (CFB is the container of .doc). */
const DETECTED_AS: Record<string, string[]> = {
  "application/pdf": ["application/pdf"],
  "image/jpeg": ["image/jpeg"],
  "image/png": ["image/png"],
  "image/gif": ["image/gif"],
  "image/webp": ["image/webp"],
  "image/tiff": ["image/tiff"],
  "application/zip": ["application/zip"],
  "application/msword": ["application/x-cfb"],
  "application/vnd.ms-excel": ["application/x-cfb"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
};

const tail = (b: Buffer, n: number) => b.subarray(Math.max(0, b.length - n));

/** Whether a ZIP's last bytes hold its end-of-central-directory record (a truncated or padded archive does not). */
function zipComplete(b: Buffer): boolean {
  return tail(b, 65_557).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

/** Whether a ZIP is an OFD document: its entries include OFD.xml at the root (GB/T 33190). */
function isOfd(b: Buffer): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && zipComplete(b) && b.includes(Buffer.from("OFD.xml", "latin1"));
}

/** The format's own ending or structure, per detected type (true when we know no structural rule). */
const STRUCTURE: Record<string, (b: Buffer) => boolean> = {
  // A PDF ends with its trailer's %%EOF, and no markup at its start that a browser would take for a web page.
  "application/pdf": (b) => /%%EOF\s*$/.test(tail(b, 1024).toString("latin1")) && !/<(!doctype|html|script|body|svg)/i.test(b.subarray(0, 1024).toString("latin1")),
  "image/png": (b) => tail(b, 64).includes(Buffer.from("IEND", "latin1")),
  "image/jpeg": (b) => tail(b, 4096).includes(Buffer.from([0xff, 0xd9])),
  "application/zip": zipComplete,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": zipComplete,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": zipComplete,
};

/** The type the bytes are (file-type's MIME, or application/ofd), undefined when no detector knows them. */
export async function detectType(bytes: Buffer): Promise<string | undefined> {
  if (isOfd(bytes)) return "application/ofd";
  return (await fileTypeFromBuffer(bytes))?.mime;
}

/** Why bytes are not a well-formed file of the declared type (in both languages, types named as people know them:
 * PDF, PNG, EXE…), or undefined when they are. */
export async function contentMismatch(declared: string, bytes: Buffer): Promise<Bilingual | undefined> {
  const detected = await detectType(bytes);
  const expected = declared === "application/ofd" ? ["application/ofd"] : DETECTED_AS[declared];
  const want = typeLabel(declared);
  if (!expected) return say(`无法核验 ${want} 类型的文件`, `files of type ${want} cannot be checked`);
  if (!detected) return say(`文件内容无法识别，不是 ${want} 文件`, `its content is not a ${want} file (unrecognised content)`);
  if (!expected.includes(detected)) return say(`文件实际是 ${typeLabel(detected)} 格式，不是 ${want}`, `the file is really ${typeLabel(detected)}, not ${want}`);
  const structural = STRUCTURE[detected];
  if (structural && !structural(bytes)) return say(`文件不完整或已损坏，不是有效的 ${want} 文件`, `the file is truncated or damaged: not a valid ${want} file`);
  return undefined;
}

// Bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) reorder what a name shows: "invoice‮fdp.exe".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file name safe to show and store: no paths, control or bidirectional characters, at most 200 characters. */
export function safeFileName(raw: string): string {
  return raw.replace(/[\\/]/g, "_").replace(/[\u0000-\u001f\u007f-\u009f]/g, "").replace(BIDI, "").trim().slice(0, 200);
}

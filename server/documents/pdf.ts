// A document's layout drawn as an A4 PDF with pdfkit: the usual government layout (GB/T 9704 margins, a centred
// title and number, the addressee, the body, the department and date under the seal), the QR code to the case
// page at the top right, page numbers at the foot; the CJK font embedded (subset), so the text can be extracted.
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { Block, Layout } from "./types.js";
import { FONT_FILES } from "./fonts.js";
import { qrMatrix } from "./qr.js";

const MM = 72 / 25.4;
const PAGE = { w: 595.28, h: 841.89 };
const M = { top: 32 * MM, left: 28 * MM, right: 26 * MM, bottom: 28 * MM };
const BODY = 14;
const SMALL = 11;
const WIDTH = PAGE.w - M.left - M.right;
type Doc = PDFKit.PDFDocument;

// The font files are read once per process (8 MB); pdfkit subsets them per document.
let fontBytes: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () => (fontBytes ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) });

function drawQr(doc: Doc, url: string, caseNo: string): void {
  const m = qrMatrix(url);
  const size = 22 * MM;
  const cell = size / m.length;
  const x0 = PAGE.w - M.right - size;
  const y0 = 8 * MM;
  doc.save().fillColor("#000");
  m.forEach((row, r) => row.forEach((on, c) => { if (on) doc.rect(x0 + c * cell, y0 + r * cell, cell, cell).fill(); }));
  doc.restore();
  doc.font("regular").fontSize(7).text(`扫码查询 ${caseNo}`, x0 - 20 * MM, y0 + size + 1, { width: size + 20 * MM, align: "right" });
}

const room = (doc: Doc, need: number) => { if (doc.y + need > PAGE.h - M.bottom) doc.addPage(); };

const PAD = 4;

function cellsHeight(doc: Doc, cells: string[], widths: number[], bold: boolean): number {
  doc.font(bold ? "bold" : "regular").fontSize(SMALL);
  return Math.max(...cells.map((t, i) => doc.heightOfString(t || " ", { width: widths[i]! - 2 * PAD, lineGap: 2 }))) + 2 * PAD;
}

function drawCells(doc: Doc, cells: string[], widths: number[], bold: boolean, fill?: string): void {
  const h = cellsHeight(doc, cells, widths, bold);
  room(doc, h);
  const y = doc.y;
  let x = M.left;
  doc.font(bold ? "bold" : "regular").fontSize(SMALL);
  cells.forEach((t, i) => {
    if (fill) doc.save().rect(x, y, widths[i]!, h).fill(fill).restore();
    doc.rect(x, y, widths[i]!, h).lineWidth(0.6).stroke("#000");
    doc.fillColor("#000").text(t, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD, lineGap: 2 });
    x += widths[i]!;
  });
  doc.x = M.left;
  doc.y = y + h;
}

function drawTable(doc: Doc, head: string[], rows: string[][], weights: number[]): void {
  // The serial column (序号) keeps room for its two characters; the others share the rest by weight.
  const fixed: number[] = head.map((h) => (h === "序号" ? 34 : 0));
  const total = weights.reduce((a, b, i) => a + (fixed[i] ? 0 : b), 0);
  const free = WIDTH - fixed.reduce((a, b) => a + b, 0);
  const widths = weights.map((w, i) => fixed[i] || (w / total) * free);
  room(doc, 60);
  drawCells(doc, head, widths, true, "#eeeeee");
  for (const r of rows) {
    // A row that does not fit starts a new page, under the table's head repeated.
    if (doc.y + cellsHeight(doc, r, widths, false) > PAGE.h - M.bottom) { doc.addPage(); drawCells(doc, head, widths, true, "#eeeeee"); }
    drawCells(doc, r, widths, false);
  }
  doc.moveDown(0.5);
}

function drawSignature(doc: Doc, lines: string[]): void {
  room(doc, 90);
  doc.moveDown(1.5);
  const w = 70 * MM;
  for (const l of lines) doc.font("regular").fontSize(BODY).text(l, PAGE.w - M.right - w, doc.y, { width: w, align: "center", lineGap: 6 });
  doc.x = M.left;
}

function drawSignHere(doc: Doc, labels: string[], image?: string): void {
  room(doc, 80);
  doc.moveDown(1);
  for (const l of labels) {
    const y = doc.y;
    doc.font("regular").fontSize(BODY).text(l, M.left, y);
    if (image && l === labels[0]) {
      const png = Buffer.from(image.replace(/^data:image\/png;base64,/, ""), "base64");
      doc.image(png, M.left + 55 * MM, y - 8, { fit: [60 * MM, 18 * MM] });
      doc.y = y + 18 * MM;
    } else {
      doc.moveTo(M.left + 55 * MM, y + BODY + 2).lineTo(M.left + 120 * MM, y + BODY + 2).lineWidth(0.5).stroke();
      doc.y = y + BODY + 16;
    }
  }
  doc.x = M.left;
}

function drawBlock(doc: Doc, b: Block): void {
  const body = { width: WIDTH, lineGap: 6, align: "justify" as const };
  switch (b.t) {
    case "heading": room(doc, 40); doc.moveDown(0.3).font("bold").fontSize(BODY).text(b.text, M.left, doc.y, { width: WIDTH, lineGap: 6 }); break;
    case "para": doc.font("regular").fontSize(BODY).text(b.text, M.left, doc.y, { ...body, indent: b.indent ? BODY * 2 : 0 }); break;
    case "list": for (const i of b.items) doc.font("regular").fontSize(BODY).text(i, M.left, doc.y, { ...body, indent: BODY * 2 }); break;
    case "note": doc.moveDown(0.3).font("regular").fontSize(SMALL - 1).text(b.text, M.left, doc.y, { width: WIDTH, lineGap: 3 }); break;
    case "fields": doc.moveDown(0.3); for (const [k, v] of b.rows) drawCells(doc, [k, v], [WIDTH * 0.28, WIDTH * 0.72], false); doc.moveDown(0.5); break;
    case "table": drawTable(doc, b.head, b.rows, b.widths); break;
    case "signature": drawSignature(doc, b.lines); break;
    case "sign-here": drawSignHere(doc, b.labels, b.image); break;
  }
}

/** Renders a layout to PDF bytes. */
export function renderPdf(layout: Layout, meta: { author: string; createdAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4", margins: M, bufferPages: true, autoFirstPage: true, lang: "zh-CN", displayTitle: true,
    info: { Title: layout.title, Author: meta.author, Subject: `${layout.caseNo} ${layout.docNo}`, Creator: "yijian 一件", CreationDate: meta.createdAt, ModDate: meta.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((res, rej) => { doc.on("data", (c: Buffer) => chunks.push(c)); doc.on("end", () => res(Buffer.concat(chunks))); doc.on("error", rej); });
  doc.registerFont("regular", fonts().regular);
  doc.registerFont("bold", fonts().bold);
  drawQr(doc, layout.qrUrl, layout.caseNo);
  doc.font("bold").fontSize(22).text(layout.title, M.left, M.top, { width: WIDTH, align: "center", characterSpacing: 2 });
  doc.moveDown(0.4).font("regular").fontSize(BODY).text(layout.docNo, { width: WIDTH, align: "center" });
  doc.moveDown(0.8);
  if (layout.addressee) doc.font("regular").fontSize(BODY).text(`${layout.addressee}：`, M.left, doc.y, { width: WIDTH, lineGap: 6 });
  for (const b of layout.blocks) drawBlock(doc, b);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0; // the foot lies below the body's margin: without this pdfkit would open a new page
    doc.font("regular").fontSize(9).text(`— ${i + 1} / ${range.count} —    ${layout.docNo}`, M.left, PAGE.h - M.bottom + 8 * MM, { width: WIDTH, align: "center", lineBreak: false, height: 12 });
  }
  doc.end();
  return done;
}

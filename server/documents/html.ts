// A document's layout as a printable A4 HTML page (the same blocks as the PDF): print CSS with the government
// margins, the committed CJK font served by the API when the machine has none, a print button hidden on paper.
import { createHash } from "node:crypto";
import type { Block, Layout } from "./types.js";
import { qrSvg } from "./qr.js";

const PRINT = "window.print()";

/** The page's own policy: nothing but its inline styles, its fonts, its QR and signature images and the print button. */
export const DOCUMENT_CSP = `default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; script-src 'unsafe-hashes' 'sha256-${createHash("sha256").update(PRINT).digest("base64")}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const CSS = `
@font-face { font-family: "YJ Serif"; src: local("Noto Serif CJK SC"), local("Source Han Serif SC"), url("/api/documents/fonts/regular.otf") format("opentype"); font-weight: 400; }
@font-face { font-family: "YJ Serif"; src: local("Noto Serif CJK SC Bold"), local("Source Han Serif SC Bold"), url("/api/documents/fonts/bold.otf") format("opentype"); font-weight: 700; }
@page { size: A4; margin: 32mm 26mm 28mm 28mm; }
* { box-sizing: border-box; }
body { font-family: "YJ Serif", serif; font-size: 14pt; line-height: 1.75; color: #000; margin: 0; background: #f2f2f2; }
main { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 32mm 26mm 28mm 28mm; background: #fff; position: relative; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
h1 { font-size: 22pt; text-align: center; letter-spacing: 2pt; margin: 0 0 6pt; }
.no { text-align: center; margin: 0 0 12pt; }
.qr { position: absolute; top: 8mm; right: 26mm; width: 22mm; text-align: right; font-size: 7pt; line-height: 1.2; }
.qr svg { width: 22mm; height: 22mm; display: block; }
p { margin: 0; text-align: justify; }
p.indent { text-indent: 2em; }
h2 { font-size: 14pt; margin: 6pt 0 0; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.5; margin: 6pt 0; page-break-inside: auto; }
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
tr { page-break-inside: avoid; }
.sig { margin: 24pt 0 0 auto; width: 70mm; text-align: center; }
.sign-here p { margin-top: 12pt; }
.sign-here span { display: inline-block; min-width: 65mm; border-bottom: 0.5pt solid #000; }
.sign-here img { height: 18mm; vertical-align: middle; }
.note { font-size: 10pt; line-height: 1.5; margin-top: 8pt; }
.actions { text-align: center; margin: 12px; font-family: sans-serif; font-size: 14px; }
.actions button, .actions a { font-size: 16px; padding: 8px 20px; margin: 0 6px; }
@media print { body { background: #fff; } main { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } .qr { top: -24mm; right: 0; } .actions { display: none; } }
@media (max-width: 800px) { main { width: auto; min-height: 0; padding: 28mm 16px 16px; } .qr { right: 16px; } }
`;

function block(b: Block): string {
  switch (b.t) {
    case "heading": return `<h2>${esc(b.text)}</h2>`;
    case "para": return `<p${b.indent ? ' class="indent"' : ""}>${esc(b.text)}</p>`;
    case "list": return b.items.map((i) => `<p class="indent">${esc(i)}</p>`).join("");
    case "note": return `<p class="note">${esc(b.text)}</p>`;
    case "fields": return `<table class="fields"><tbody>${b.rows.map(([k, v]) => `<tr><th scope="row" style="width:28%">${esc(k)}</th><td>${esc(v)}</td></tr>`).join("")}</tbody></table>`;
    case "table": {
      const total = b.widths.reduce((a, c) => a + c, 0);
      return `<table><thead><tr>${b.head.map((h, i) => `<th scope="col" style="width:${h === "序号" ? "3.2em" : `${((b.widths[i]! / total) * 100).toFixed(1)}%`}">${esc(h)}</th>`).join("")}</tr></thead>`
        + `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    }
    case "signature": return `<div class="sig">${b.lines.map((l) => `<p style="text-align:center">${esc(l)}</p>`).join("")}</div>`;
    case "sign-here": return `<div class="sign-here">${b.labels.map((l, i) => `<p>${esc(l)}${i === 0 && b.image ? `<img src="${esc(b.image)}" alt="签名">` : "<span></span>"}</p>`).join("")}</div>`;
  }
}

/** Renders a layout as a complete HTML page; `pdfHref` links the PDF of the same document. */
export function renderHtml(layout: Layout, pdfHref: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(layout.title)} ${esc(layout.docNo)}</title><style>${CSS}</style></head><body>`
    + `<div class="actions"><button type="button" onclick="${PRINT}">打印</button><a href="${esc(pdfHref)}" download>下载 PDF</a></div>`
    + `<main><div class="qr">${qrSvg(layout.qrUrl, `办件 ${layout.caseNo} 的二维码`)}扫码查询 ${esc(layout.caseNo)}</div>`
    + `<h1>${esc(layout.title)}</h1><p class="no">${esc(layout.docNo)}</p>`
    + (layout.addressee ? `<p>${esc(layout.addressee)}：</p>` : "")
    + layout.blocks.map(block).join("") + `</main></body></html>`;
}

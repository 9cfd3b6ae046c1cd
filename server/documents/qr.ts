// The QR code on every document: it leads to the case page, so anyone holding the paper can check it is real and
// where the case stands. Drawn from the module matrix of the `qrcode` package, as PDF squares or one SVG path.
import QRCode from "qrcode";

/** The dark modules of the QR code of a text, row by row. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => !!modules.get(r, c)));
}

/** The QR code as an inline SVG (a quiet zone of 2 modules), for the HTML page. */
export function qrSvg(text: string, label: string): string {
  const m = qrMatrix(text);
  const n = m.length + 4;
  let d = "";
  m.forEach((row, r) => row.forEach((on, c) => { if (on) d += `M${c + 2} ${r + 2}h1v1h-1z`; }));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" role="img" aria-label="${label}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

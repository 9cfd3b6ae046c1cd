// CSV for exports that open correctly in Excel and WPS on a Chinese desktop: UTF-8 with a byte-order mark, CRLF
// line ends, RFC 4180 quoting, and cells that would start a formula (=, +, -, @) prefixed so a spreadsheet never
// runs them (CSV injection). Times are written in Beijing time, as the screens show them.

/** One cell, quoted when needed and defused when it would start a formula. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document (BOM first) of rows of cells. */
export function toCsv(rows: Array<Array<string | number>>): string {
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** An instant as Beijing wall-clock text, YYYY-MM-DD HH:mm (China keeps UTC+8 all year). */
export function beijingText(at: string): string {
  const d = new Date(Date.parse(at) + 8 * 3_600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

// Chinese capital amounts (大写金额) as bank forms and contracts write them: 1000000 元 → 壹佰万元整,
// 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100.05 → 壹佰元零伍分. Pure.

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const SMALL = ["", "拾", "佰", "仟"];
const BIG = ["", "万", "亿", "万亿"];

function fourDigits(n: number): string {
  let out = "";
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) zero = out !== "";
    else {
      if (zero) out += "零";
      out += DIGITS[d]! + SMALL[i]!;
      zero = false;
    }
  }
  return out;
}

function integerPart(n: number): string {
  if (n === 0) return "零";
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
  let out = "";
  let needZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) { needZero = out !== ""; continue; }
    if (out !== "" && (needZero || g < 1000)) out += "零";
    out += fourDigits(g) + BIG[i]!;
    needZero = false;
  }
  return out;
}

/** 大写 of an amount in 元 (two decimals kept, rounded half up); undefined outside 0 … 9,999,999,999,999.99. */
export function chineseAmount(yuan: number): string | undefined {
  if (!Number.isFinite(yuan) || yuan < 0 || yuan >= 1e13) return undefined;
  const fen = Math.round(yuan * 100);
  const int = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  const head = int > 0 ? integerPart(int) + "元" : "";
  if (jiao === 0 && f === 0) return (head || "零元") + "整";
  let tail = "";
  if (jiao > 0) tail += DIGITS[jiao]! + "角";
  else if (head) tail += "零";
  if (f > 0) tail += DIGITS[f]! + "分";
  return head + tail;
}

/** The digits the applicant types for a decimal number: no exponent, no sign tricks ("1e9", "0x10", " 1" refused). */
export const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Number of decimals of a number as written in JSON (1.50 → 1, 1e-7 → 7). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const s = String(n);
  const e = s.match(/e-(\d+)$/);
  if (e) return Number(e[1]) + ((s.split("e")[0]!.split(".")[1] ?? "").length);
  return (s.split(".")[1] ?? "").length;
}

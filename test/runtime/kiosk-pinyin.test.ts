// The kiosk keyboard's pinyin candidates: built from pinyin-pro over GB 2312, common characters come first, a
// phrase is typed syllable by syllable (each pick consumes its letters), words of the phrase dictionary are offered
// whole, an incomplete syllable offers the characters of every syllable it begins; and the terminal's settings.
import { describe, expect, it } from "vitest";
import { buildPinyinTable } from "../../runtime/kiosk/keyboard/pinyin-table.js";
import { candidatesFor, splitSyllables } from "../../runtime/kiosk/keyboard/candidates.js";
import { kioskConfig } from "../../runtime/kiosk/config.js";

const table = buildPinyinTable();
const texts = (letters: string, n = 8) => candidatesFor(table, letters).slice(0, n).map((c) => c.text);

describe("kiosk pinyin candidates", () => {
  it("covers GB 2312 with every reading, level-1 characters first", () => {
    const all = new Set([...table.chars.values()].flat());
    expect(all.size).toBeGreaterThan(6700);
    expect(table.chars.get("zhang")!.slice(0, 8)).toContain("张");
    expect(table.chars.get("li")!.slice(0, 8)).toContain("李");
    expect(table.chars.get("wang")![0]).toBe("王");
    expect(table.chars.get("lv")).toContain("绿"); // ü typed as v
    expect(table.chars.get("hang")).toContain("行"); // a second reading of 行 (xing)
  });

  it("splits letters into syllables and consumes one syllable per character picked", () => {
    expect(splitSyllables(table, "mianguan")).toEqual(["mian", "guan"]);
    expect(splitSyllables(table, "xian")).toEqual(["xian"]);
    const first = candidatesFor(table, "mianguan").find((c) => c.text === "面")!;
    expect(first.letters).toBe(4);
    expect(texts("guan", 12)).toContain("馆");
  });

  it("offers words of the phrase dictionary whole, before single characters", () => {
    const [best] = candidatesFor(table, "yinhang");
    expect(best).toEqual({ text: "银行", letters: 7 });
  });

  it("offers the characters of every syllable an incomplete one begins", () => {
    const zh = texts("zh", 60);
    expect(zh).toContain("这");
    expect(zh).toContain("张");
    expect(candidatesFor(table, "")).toEqual([]);
  });
});

describe("kiosk terminal settings", () => {
  it("reads the start URL with safe bounds and defaults", () => {
    expect(kioskConfig("")).toEqual({ printer: false, idleSeconds: 120, warnSeconds: 30 });
    expect(kioskConfig("?printer=1&idle=1&warn=9999&card=http://127.0.0.1:9900/")).toEqual({ printer: true, idleSeconds: 3, warnSeconds: 300, cardReaderUrl: "http://127.0.0.1:9900/" });
    expect(kioskConfig("?card=https://evil.example/").cardReaderUrl).toBeUndefined(); // the reader is on the terminal itself
  });
});

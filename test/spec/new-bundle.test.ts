// 新建一件事's pure parts: the key rules in both languages (the editor shows one, the server sends both), the blank
// draft and the copy.
import { describe, expect, it } from "vitest";
import { blankBundle, bundleKeyIssue, copyBundle } from "../../spec/new-bundle.js";
import { validateBundle } from "../../spec/index.js";
import { suggestKey } from "../../spec/key-suggestion.js";

describe("bundle keys", () => {
  it("names what is wrong, in Chinese and in English", () => {
    const taken = new Map([["qiye-kaiban", "企业开办一件事"]]);
    expect(bundleKeyIssue("", taken)?.zh).toBe("请填写标识：它出现在办事地址中，发布后不能修改");
    expect(bundleKeyIssue("MinSu", taken)).toEqual({ zh: "标识不能有大写字母，请改为「minsu」", en: 'No capital letters in a key: use "minsu"' });
    expect(bundleKeyIssue("9shop", taken)?.en).toBe("A key starts with a lower-case letter, e.g. kaiguan-yingye");
    expect(bundleKeyIssue("min su/店", taken)).toEqual({ zh: "标识只能用小写字母、数字、- 和 _，不能有 空格、「/」、「店」，请改为「min-su-dian」", en: 'A key uses lower-case letters, digits, - and _ only, not spaces, "/", "店": use "min-su-dian"' });
    expect(bundleKeyIssue("GJJ 提取", taken)).toEqual({ zh: "标识只能用小写字母、数字、- 和 _，不能有 大写字母、空格、「提」、「取」，请改为「gjj-tiqu」", en: 'A key uses lower-case letters, digits, - and _ only, not capitals, spaces, "提", "取": use "gjj-tiqu"' });
    expect(bundleKeyIssue("a".repeat(65), taken)?.zh).toBe("标识最多 64 个字符，现在是 65 个");
    expect(bundleKeyIssue("qiye-kaiban", taken)).toEqual({ zh: "标识「qiye-kaiban」已被「企业开办一件事」使用，请换一个", en: 'The key "qiye-kaiban" is used by "企业开办一件事": choose another' });
    expect(bundleKeyIssue("minsu-kaiban", taken)).toBeUndefined();
  });

  it("every key it proposes is itself a valid key (pinyin for Chinese), in both languages", () => {
    for (const typed of ["gjj 提取", "GJJ 提取", "公积金提取", "银行 Zhang/号", "MinSu", "店", "a  --b"]) {
      const issue = bundleKeyIssue(typed);
      const zh = /请改为「([^」]+)」/.exec(issue?.zh ?? "")?.[1];
      const en = /use "([^"]+)"/.exec(issue?.en ?? "")?.[1];
      expect(zh, typed).toBeDefined();
      expect(en, typed).toBe(zh);
      expect(bundleKeyIssue(zh!), `${typed} → ${zh}`).toBeUndefined();
    }
    expect(suggestKey("公积金提取")).toBe("gongjijintiqu");
    expect(suggestKey("123 ！")).toBeUndefined();
  });

  it("a blank draft is a valid draft with no item (and not yet publishable); a copy keeps everything but key and title", () => {
    const blank = blankBundle({ key: "minsu", title: " 开办民宿一件事 ", category: "不存在的分类", lead: "samr" });
    expect(blank).toMatchObject({ key: "minsu", title: "开办民宿一件事", category: "其他", audience: "person", items: [] });
    expect(validateBundle(blank, { draft: true }).ok).toBe(true);
    const full = validateBundle(blank);
    expect(full.ok ? [] : full.problems).toEqual([{ pointer: "/items", message: { zh: "一件事至少要有一个事项：请在「事项」页新建或导入", en: "A one-thing needs at least one item: create or import one on the Items page" } }]);
    const copy = copyBundle({ ...blank, summary: "民宿" }, "minsu-2", "民宿（二）");
    expect(copy).toEqual({ ...blank, summary: "民宿", key: "minsu-2", title: "民宿（二）" });
  });
});

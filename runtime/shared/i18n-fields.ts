// Strings of the field-kind widgets (region cascader, amounts, signature pad, …), merged into the dictionaries of
// i18n.ts. Kept apart so the widgets can grow without touching the shared dictionaries.

/** Chinese strings (the source language). */
export const FIELDS_ZH = {
  "fk.province": "省（自治区、直辖市）",
  "fk.city": "地市",
  "fk.county": "区县",
  "fk.choose": "请选择",
  "fk.search": "搜索（名称或拼音）",
  "fk.searchLabel": "搜索{title}",
  "fk.noMatch": "没有匹配的项",
  "fk.level": "第 {n} 级",
  "fk.capital": "大写：{text}",
  "fk.idFacts": "号码有效：{sex}，{birth} 出生",
  "fk.usccFacts": "登记管理部门：{authority} · 机构类别：{type} · 登记地：{region}",
  "fk.detail": "详细地址",
  "fk.detailHint": "街道、门牌号、楼栋单元",
  "fk.start": "起始日期",
  "fk.end": "截止日期",
  "fk.longTerm": "长期",
  "fk.signer": "签名人姓名",
  "fk.signHere": "请在框内手写签名（手指或鼠标）",
  "fk.clear": "清除重签",
  "fk.typeSign": "用姓名生成签名（键盘）",
  "fk.signedAt": "已签名：{name}，{at}",
  "fk.pad": "签名板",
} as const;

/** English strings, key for key. */
export const FIELDS_EN: Record<keyof typeof FIELDS_ZH, string> = {
  "fk.province": "Province",
  "fk.city": "City",
  "fk.county": "County / district",
  "fk.choose": "Choose",
  "fk.search": "Search (name or pinyin)",
  "fk.searchLabel": "Search {title}",
  "fk.noMatch": "No match",
  "fk.level": "Level {n}",
  "fk.capital": "In words: {text}",
  "fk.idFacts": "Valid number: {sex}, born {birth}",
  "fk.usccFacts": "Authority: {authority} · Type: {type} · Registered in: {region}",
  "fk.detail": "Street address",
  "fk.detailHint": "Street, number, building and unit",
  "fk.start": "Start date",
  "fk.end": "End date",
  "fk.longTerm": "Open-ended",
  "fk.signer": "Signer's name",
  "fk.signHere": "Sign inside the box (finger or mouse)",
  "fk.clear": "Clear and sign again",
  "fk.typeSign": "Make a signature from the name (keyboard)",
  "fk.signedAt": "Signed: {name}, {at}",
  "fk.pad": "Signature pad",
};

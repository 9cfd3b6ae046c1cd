// Finding a role in free wording: a section title that is not a role name but contains one ("被核验人（儿童）",
// "甲方（用人单位）", "适龄儿童基本信息"), a form title that says whom the form is about ("儿童预防接种证查验登记表"),
// and person words the dictionary does not know ("受种者", "产权人", "缴存职工") that still name a person.
import { ROLES, ROLE_BY_KEY } from "../dictionary/roles.js";
import type { Role } from "../dictionary/types.js";
import { normalizeLabel, stripNotes, type Hit } from "./match.js";

/** Synonyms too generic to identify a role when they only occur inside a longer title. */
const GENERIC = new Set(["基本信息", "申请单位", "单位", "企业", "公司", "承诺", "声明", "签署", "申请事项", "办理事项", "经理", "董事", "监事"]);

interface Needle { text: string; key: string; kind: Role["kind"] }
const NEEDLES: Needle[] = ROLES.flatMap((r) => [r.label, ...r.synonyms]
  .filter((s) => !/@0\.[0-8]/.test(s))
  .map((s) => normalizeLabel(s.replace(/@[\d.]+$/, "")))
  .filter((t) => t.length >= 2 && !GENERIC.has(t))
  .map((text) => ({ text, key: r.key, kind: r.kind })))
  .sort((a, b) => b.text.length - a.text.length);

/** The longest role name contained in `text`, of one of the given kinds (person sections look for person roles). */
export function roleInText(text: string, kinds: ReadonlyArray<Role["kind"]>): Hit | undefined {
  const n = normalizeLabel(text);
  for (const x of NEEDLES) {
    if (kinds.includes(x.kind) && n.includes(x.text)) return { key: x.key, weight: 0.85, via: x.text };
  }
  return undefined;
}

/** The person roles a form title names ("新生儿…", "…儿童…"); several means the title does not decide. */
export function rolesInTitle(title: string): string[] {
  const n = normalizeLabel(title);
  const found = new Set<string>();
  let rest = n;
  for (const x of NEEDLES) {
    if (x.kind !== "person" || !rest.includes(x.text)) continue;
    found.add(x.key);
    rest = rest.split(x.text).join("|");
  }
  return [...found];
}

const PERSON_WORD = /(人|者|员|生|儿|童|方|主|属|工|长)$/;
const NOT_PERSON = /(单位|机构|企业|公司|部门|信息|情况|地址|名称|号码|日期|时间|事项|材料|附件|账户|场所)$/;

/** A word that names a person though the dictionary does not know it: "受种者", "产权人", "缴存职工", "乙方（劳动者）". */
export function personWord(text: string): string | undefined {
  const n = stripNotes(normalizeLabel(text)).replace(/(基本)?(信息|情况|栏|页)$/, "");
  if (n.length < 2 || n.length > 12 || NOT_PERSON.test(n)) return undefined;
  return PERSON_WORD.test(n) ? n : undefined;
}

/** The key of an open role (a person word the dictionary does not know): "?受种者". */
export const openRole = (word: string): string => `?${word}`;
/** Whether a role key is an open role. */
export const isOpenRole = (key: string | undefined): boolean => !!key && key.startsWith("?");

/** The printed name of any role key, known or open. */
export function roleName(key: string): string {
  return isOpenRole(key) ? key.slice(1) : ROLE_BY_KEY.get(key)?.label ?? key;
}

/** The kind of any role key (open roles are always persons). */
export function roleKind(key: string): Role["kind"] {
  return isOpenRole(key) ? "person" : ROLE_BY_KEY.get(key)?.kind ?? "any";
}

// The deployment's own dictionary extensions, learned from staff decisions in the merge studio: a new synonym of
// an element ("受种者姓名" is 姓名) or of a role ("缴存职工" is 职工), and pairs never to merge (a rejected
// suggestion). Stored by the server with who and when; applied by every later merge through an index built here.
import { ELEMENT_BY_KEY } from "./elements.js";
import { ROLE_BY_KEY } from "./roles.js";
import { normalizeWording } from "../binding/normalize.js";
import { say, type Bilingual } from "../bilingual.js";

/** One extension, as staff decisions make it and the server stores it. */
export type DictionaryExtension =
  | { kind: "element-synonym"; element: string; text: string }
  | { kind: "role-synonym"; role: string; text: string }
  /** Two field signatures ("role|element", an open role as "?word") or two role keys that must never merge. */
  | { kind: "never-merge"; a: string; b: string };

/** A hit of a learnt synonym, shaped like the built-in dictionary's hits. */
export interface ExtensionHit { key: string; weight: number; via: string }

/** Lookups the binding and the merge use; built once per merge. */
export interface ExtensionIndex {
  element(label: string): ExtensionHit | undefined;
  role(title: string): ExtensionHit | undefined;
  rolePrefix(label: string): { hit: ExtensionHit; rest: string } | undefined;
  /** Whether two signatures (or two roles) were rejected as one. */
  never(a: string, b: string): boolean;
  /** Whether any never-merge pair exists (callers skip building the signatures to ask about otherwise). */
  readonly hasNever: boolean;
  readonly size: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

/** Checks one extension against the dictionary; returns a message naming what is wrong, or undefined. */
export function extensionProblem(x: DictionaryExtension): Bilingual | undefined {
  if (x.kind === "element-synonym") {
    if (!ELEMENT_BY_KEY.has(x.element)) return say(`数据字典中没有数据元「${x.element}」`, `The dictionary has no element "${x.element}"`);
    if (!normalizeWording(x.text)) return say("同义词不能为空", "The synonym is empty");
  } else if (x.kind === "role-synonym") {
    if (!ROLE_BY_KEY.has(x.role)) return say(`数据字典中没有角色「${x.role}」`, `The dictionary has no role "${x.role}"`);
    if (!normalizeWording(x.text)) return say("同义词不能为空", "The synonym is empty");
  } else if (x.kind === "never-merge") {
    if (!x.a || !x.b || x.a === x.b) return say("不合并的一对必须是两个不同的签名", "A never-merge pair needs two different signatures");
  } else return say("未知的扩展类型", "Unknown kind of extension");
  return undefined;
}

/** Builds the lookup index of a list of extensions (later entries win for the same text). */
export function indexExtensions(list: readonly DictionaryExtension[]): ExtensionIndex {
  const elements = new Map<string, ExtensionHit>(), roles = new Map<string, ExtensionHit>(), never = new Set<string>();
  for (const x of list) {
    if (x.kind === "element-synonym") elements.set(normalizeWording(x.text), { key: x.element, weight: 0.95, via: x.text });
    else if (x.kind === "role-synonym") roles.set(normalizeWording(x.text), { key: x.role, weight: 0.95, via: x.text });
    else if (x.kind === "never-merge") never.add(pairKey(x.a, x.b));
  }
  const roleTexts = [...roles.keys()].sort((a, b) => b.length - a.length);
  return {
    size: list.length,
    hasNever: never.size > 0,
    element: (label) => (elements.size ? elements.get(normalizeWording(label)) : undefined),
    role: (title) => (roles.size ? roles.get(normalizeWording(title)) ?? roles.get(normalizeWording(title).replace(/（[^（）]*）/g, "").replace(/(信息|情况|栏|页)$/, "")) : undefined),
    rolePrefix: (label) => {
      if (!roles.size) return undefined;
      const n = normalizeWording(label);
      for (const t of roleTexts) if (n.startsWith(t) && n.length > t.length) return { hit: roles.get(t)!, rest: n.slice(t.length).replace(/^(的|之)/, "") };
      return undefined;
    },
    never: (a, b) => never.size > 0 && never.has(pairKey(a, b)),
  };
}

/** The index of no extensions. */
export const EMPTY_EXTENSIONS: ExtensionIndex = indexExtensions([]);

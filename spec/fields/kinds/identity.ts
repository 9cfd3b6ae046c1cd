// 证件号码 with its document type: the right check for each type (./id-documents.ts) and, where the number
// encodes them (居民身份证, residence permits, 2023 permanent residence ID), 性别 and 出生日期 derived into their
// sibling fields, shown read-only, and refused on submit when they disagree with the number.
import { checkIdDocument, type IdFacts } from "../id-documents.js";
import { siblingKey } from "../siblings.js";
import { isEmpty, msg, optionsOf, type FieldKind, type Json, type KindContext, type KindIssue } from "../types.js";

/** The sibling keys an identity field links to (type, sex, birth date), explicit or found by title. */
export function identityLinks(schema: Json, parentSchema: Json | undefined, key: string | undefined) {
  const o = optionsOf(schema);
  return {
    type: siblingKey(parentSchema, key, "idType", o.typeField),
    sex: siblingKey(parentSchema, key, "sex", o.sexField),
    birthDate: siblingKey(parentSchema, key, "birthDate", o.birthDateField),
  };
}

/** Sex and birth date a valid number carries for the type chosen beside it, else undefined. */
export function identityFacts(schema: Json, parentSchema: Json | undefined, key: string | undefined, parent: Json | undefined, today: string): IdFacts | undefined {
  const value = parent && key ? parent[key] : undefined;
  if (typeof value !== "string" || !value) return undefined;
  const links = identityLinks(schema, parentSchema, key);
  const type = links.type ? (parent![links.type] as string | undefined) : undefined;
  const verdict = checkIdDocument(type, value, today);
  return verdict.ok ? verdict.facts : undefined;
}

function mismatch(ctx: KindContext, schema: Json, facts: IdFacts): KindIssue[] {
  const links = identityLinks(schema, ctx.parentSchema, ctx.key);
  const out: KindIssue[] = [];
  const sex = links.sex ? ctx.parent?.[links.sex] : undefined;
  const birth = links.birthDate ? ctx.parent?.[links.birthDate] : undefined;
  if (links.sex && !isEmpty(sex) && sex !== facts.sex) out.push({ path: ["..", links.sex], code: "sexMismatch", message: msg(`性别与证件号码不一致（号码显示为${facts.sex}）`, `Sex does not match the ID number (${facts.sex === "男" ? "male" : "female"})`) });
  if (links.birthDate && !isEmpty(birth) && birth !== facts.birthDate) out.push({ path: ["..", links.birthDate], code: "birthMismatch", message: msg(`出生日期与证件号码不一致（号码显示为 ${facts.birthDate}）`, `Date of birth does not match the ID number (${facts.birthDate})`) });
  return out;
}

export const identity: FieldKind = {
  name: "identity",
  label: msg("证件号码", "ID number"),
  group: "身份主体",
  elements: ["idNumber"],
  replacesFormat: "cn-idcard",
  newSchema: () => ({ type: "string", title: "证件号码", maxLength: 32, "x-kind": "identity" }),
  check(value, schema, ctx) {
    if (typeof value !== "string" || value === "") return [];
    const links = identityLinks(schema, ctx.parentSchema, ctx.key);
    const type = links.type ? (ctx.parent?.[links.type] as string | undefined) : undefined;
    const verdict = checkIdDocument(type, value, ctx.today);
    if (!verdict.ok) return [{ code: verdict.code, message: verdict.message }];
    return verdict.facts ? mismatch(ctx, schema, verdict.facts) : [];
  },
};

// Phase 7 of the merge: role sections — one object per role (an open role is named by the first form's word for
// that person), one field per element with the sources' constraints combined (conflicting sources are reported
// and kept with their item), applicability rules, and prefill from the profile or an e-licence.
import type { Prefill } from "../../bundle.js";
import { isOpenRole, roleName } from "../../binding/roles-in-text.js";
import { ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { withElementChecks } from "../element-checks.js";
import { addField, ensureSection, leafUi, type Section } from "../layout.js";
import type { MergeOptions, MergeSource, Node } from "../types.js";
import type { RoleField } from "./fields.js";
import type { Rules } from "./rules.js";

/** The property key of a role's section: the role key, or for an open role "<item>-<section key>" of its first form. */
export function sectionKeys(fields: RoleField[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const f of fields) {
    if (keys.has(f.role)) continue;
    if (!isOpenRole(f.role)) { keys.set(f.role, f.role); used.add(f.role); continue; }
    const first = [...f.nodes].sort((a, b) => a.idx - b.idx)[0]!;
    const base = `${first.item}-${first.binding.party ? first.binding.party.split("/").pop() : "top"}`.replace(/[^A-Za-z0-9_-]/g, "_");
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    keys.set(f.role, key);
    used.add(key);
  }
  return keys;
}

/** Builds the role sections into `root`; returns the members of each role (for section rules) and the section keys. */
export function buildRoleSections(root: Section, fields: RoleField[], sources: MergeSource[], opts: MergeOptions, r: Rules, prefill: Record<string, Prefill>): { sectionMembers: Map<string, Node[]>; keys: Map<string, string> } {
  const profileRoles = new Set(opts.profileRoles ?? ["applicant"]);
  const licenceAllowed = (key: string) => !opts.licences || opts.licences.some((l) => key === l || key.startsWith(`${l}.`));
  const keys = sectionKeys(fields);
  const sectionMembers = new Map<string, Node[]>();
  for (const f of fields) {
    const def = ELEMENT_BY_KEY.get(f.element)!;
    const key = keys.get(f.role)!;
    const section = ensureSection(root, key, { title: roleName(f.role) }, false);
    const pointer = `${section.pointer}/properties/${f.element}`;
    const combined = r.combine(f.nodes, pointer);
    const kept = combined.kept;
    const schema = withElementChecks(combined.schema, f.element, kept.map((n) => n.leaf.title ?? ""));
    schema.title = def.label;
    const ui = kept.map((n) => leafUi(sources[n.src]!.form.uiSchema, n.leaf)).find(Boolean);
    addField(section, f.element, schema, false, ui);
    r.applyRules(pointer, kept, section.schema, f.element);
    r.provenance[pointer] = kept.map(r.refOf);
    for (const n of kept) r.mergedOf.set(n, pointer);
    sectionMembers.set(key, [...(sectionMembers.get(key) ?? []), ...kept]);
    const p = def.prefill.find((e) => (e.roles.includes(f.role) || (e.roles.includes("applicant") && profileRoles.has(f.role))) && (e.source === "profile" || licenceAllowed(e.key)));
    // A legal representative's field is filled from the legal representative's record (a company account's is not its own).
    if (p) prefill[pointer] = { source: p.source, key: p.key, editable: p.editable, ...(f.role === "legalRep" ? { subject: "legalRep" as const } : {}) };
  }
  return { sectionMembers, keys };
}

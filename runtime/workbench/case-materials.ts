// The materials of one case as the handling staff pick from them: only the materials that apply to this case (the
// server's list for its situation), each document once even when several items ask for it (营业执照 once, not five
// times), and whether it is still missing — neither uploaded, nor held as an e-licence, nor promised under 容缺.
import type { ApplicationMaterialsView } from "../../spec/api.js";

/** One document of the case, standing for every item material of the same name. */
export interface CaseMaterial {
  /** The first item material it stands for: item id, material id, "item/material" key. */
  item: string; id: string; key: string;
  name: string;
  /** 必要 if any item requires it, else 容缺后补 if any allows deferral, else 非必要. */
  necessity: "必要" | "非必要" | "容缺后补";
  deferrable: boolean; deferralDays?: number;
  /** The working days the applicant signed for in their 容缺承诺书, when they promised it. */
  promiseDays?: number;
  uploaded: boolean; held: boolean; promised: boolean;
  /** Required (or deferrable) and neither uploaded, held nor promised. */
  missing: boolean;
}

const RANK = { 必要: 2, 容缺后补: 1, 非必要: 0 } as const;

/** The case's materials, one per document name, in the order the server lists them; paper originals (checked at the
 * window, never uploaded) are not counted missing. */
export function caseMaterials(view: ApplicationMaterialsView | undefined, paper: ReadonlySet<string> = new Set()): CaseMaterial[] {
  const byName = new Map<string, CaseMaterial>();
  for (const m of view?.materials ?? []) {
    const uploaded = m.attachments.length > 0;
    const held = m.heldByGovernment || paper.has(m.key);
    const promised = !!m.promise && !uploaded;
    const promiseDays = promised ? m.promise?.deferralDays : undefined;
    const seen = byName.get(m.name);
    if (!seen) {
      byName.set(m.name, {
        item: m.item, id: m.id, key: m.key, name: m.name, necessity: m.necessity, deferrable: m.necessity === "容缺后补",
        ...(m.deferralDays !== undefined ? { deferralDays: m.deferralDays } : {}), ...(promiseDays !== undefined ? { promiseDays } : {}), uploaded, held, promised, missing: false,
      });
      continue;
    }
    if (RANK[m.necessity] > RANK[seen.necessity]) seen.necessity = m.necessity;
    if (m.necessity === "容缺后补" && !seen.deferrable) Object.assign(seen, { deferrable: true, item: m.item, id: m.id, key: m.key, deferralDays: m.deferralDays });
    if (m.deferralDays !== undefined && seen.deferralDays !== undefined && m.deferralDays < seen.deferralDays) seen.deferralDays = m.deferralDays;
    seen.uploaded ||= uploaded;
    seen.held ||= held;
    seen.promised ||= promised;
    if (promiseDays !== undefined) seen.promiseDays = Math.max(seen.promiseDays ?? 0, promiseDays);
  }
  const out = [...byName.values()];
  for (const m of out) m.missing = m.necessity !== "非必要" && !m.uploaded && !m.held && !m.promised;
  return out;
}

/** The shortest 容缺 limit among chosen materials (what the deadline is prefilled with). */
export function shortestDeferral(materials: CaseMaterial[], chosen: readonly string[]): number | undefined {
  const days = materials.filter((m) => chosen.includes(m.id) && m.deferralDays !== undefined).map((m) => m.deferralDays!);
  return days.length ? Math.min(...days) : undefined;
}

/** The days the chosen materials' signed promises give the applicant (the deadline may not be shorter), if any. */
export function signedDeferral(materials: CaseMaterial[], chosen: readonly string[]): number | undefined {
  const days = materials.filter((m) => chosen.includes(m.id) && m.promiseDays !== undefined).map((m) => m.promiseDays!);
  return days.length ? Math.max(...days) : undefined;
}

/** The range a 容缺 deadline may take for the chosen materials: at most their shortest limit, at least what the
 *  applicant signed for (never more than the limit), and the value it starts with — the signed days, else the limit. */
export function deferralRange(materials: CaseMaterial[], chosen: readonly string[]): { min: number; max?: number; initial?: number } {
  const max = shortestDeferral(materials, chosen);
  const signed = signedDeferral(materials, chosen);
  const min = Math.min(signed ?? 1, max ?? Infinity);
  return { min, ...(max !== undefined ? { max } : {}), ...((signed ?? max) !== undefined ? { initial: Math.min(signed ?? max!, max ?? Infinity) } : {}) };
}

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
    const seen = byName.get(m.name);
    if (!seen) {
      byName.set(m.name, {
        item: m.item, id: m.id, key: m.key, name: m.name, necessity: m.necessity, deferrable: m.necessity === "容缺后补",
        ...(m.deferralDays !== undefined ? { deferralDays: m.deferralDays } : {}), uploaded, held, promised, missing: false,
      });
      continue;
    }
    if (RANK[m.necessity] > RANK[seen.necessity]) seen.necessity = m.necessity;
    if (m.necessity === "容缺后补" && !seen.deferrable) Object.assign(seen, { deferrable: true, item: m.item, id: m.id, key: m.key, deferralDays: m.deferralDays });
    if (m.deferralDays !== undefined && seen.deferralDays !== undefined && m.deferralDays < seen.deferralDays) seen.deferralDays = m.deferralDays;
    seen.uploaded ||= uploaded;
    seen.held ||= held;
    seen.promised ||= promised;
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

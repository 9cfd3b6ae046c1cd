// Situations (情形) of an item: the cases an applicant can be in (548 items → 1,258 situations in one published
// list), each with its own conditions, materials, limits and fees. A situation adds to the item's own elements; the
// guide page of a situation shows the item with the situation applied (effectiveSituation).
import { z } from "zod";
import { say, type Bilingual } from "../bilingual.js";
import { ConditionSchema, Id } from "../common.js";
import { ChargeSchema, MaterialSchema, type Charge, type Material } from "../item-parts.js";

/** One situation (情形) of an item. */
export const SituationSchema = z.object({
  id: Id,
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  when: ConditionSchema.optional().describe("基于引导问答 answers.* 与事项表单数据 data.* 的 JSON Logic 条件：为真时适用本情形"),
  accept_condition: z.string().max(4000).optional().describe("本情形的受理条件（替代事项的受理条件）"),
  item_materials: z.array(Id).optional().describe("本情形适用的事项自身材料的标识（不填：全部适用）"),
  materials: z.array(MaterialSchema).default([]).describe("本情形在事项自身材料之外增加的材料"),
  anticipate_day: z.number().int().min(0).optional().describe("本情形的法定办结时限（替代事项的法定办结时限）"),
  promise_day: z.number().int().min(0).optional().describe("本情形的承诺办结时限（替代事项的承诺办结时限）"),
  charges: z.array(ChargeSchema).optional().describe("本情形的收费（替代事项的收费）"),
  notes: z.string().max(4000).optional(),
});
export type Situation = z.infer<typeof SituationSchema>;
export type SituationInput = z.input<typeof SituationSchema>;

/** The item elements a situation is checked against. */
interface SituationOwner {
  materials: Array<{ id: string }>;
  anticipate_day: number;
  promise_day: number;
  anticipate_type?: string;
  promise_type?: string;
  situations: Situation[];
}

/** A problem of an item's situations, with its zod path. */
export interface SituationProblem { path: Array<string | number>; message: Bilingual }

/** Rules across an item and its situations: unique situation ids, material ids not reused, the item's materials a
 *  situation picks exist, promise ≤ statutory limit. */
export function situationProblems(item: SituationOwner): SituationProblem[] {
  const out: SituationProblem[] = [];
  const ids = new Set<string>();
  const itemMaterials = new Set(item.materials.map((m) => m.id));
  item.situations.forEach((s, i) => {
    if (ids.has(s.id)) out.push({ path: ["situations", i, "id"], message: say(`情形 id 重复：${s.id}`, `Duplicate situation id: ${s.id}`) });
    ids.add(s.id);
    (s.item_materials ?? []).forEach((id, j) => {
      if (!itemMaterials.has(id)) out.push({ path: ["situations", i, "item_materials", j], message: say(`情形「${s.title}」选用的材料「${id}」不是事项的材料`, `Situation "${s.title}" uses "${id}", which is not one of the item's materials`) });
    });
    const own = new Set<string>();
    s.materials.forEach((m, j) => {
      if (itemMaterials.has(m.id)) out.push({ path: ["situations", i, "materials", j, "id"], message: say(`情形「${s.title}」的材料 id「${m.id}」与事项的材料重复`, `Situation "${s.title}": material id "${m.id}" is already used by the item's own materials`) });
      else if (own.has(m.id)) out.push({ path: ["situations", i, "materials", j, "id"], message: say(`材料 id 重复：${m.id}`, `Duplicate material id: ${m.id}`) });
      own.add(m.id);
    });
    const anticipate = s.anticipate_day ?? item.anticipate_day;
    const promise = s.promise_day ?? item.promise_day;
    if (promise > anticipate && item.promise_type === item.anticipate_type) {
      out.push({ path: ["situations", i, s.promise_day !== undefined ? "promise_day" : "anticipate_day"], message: say(`情形「${s.title}」的承诺时限（${promise}）不得超过法定时限（${anticipate}）`, `Situation "${s.title}": the promised time limit (${promise}) cannot exceed the statutory limit (${anticipate})`) });
    }
  });
  return out;
}

/** The item's own materials that apply in a situation: those it picks, in the item's order, or all of them. */
export function itemMaterialsOf<M extends { id: string }>(materials: M[], situation: Pick<Situation, "item_materials">): M[] {
  const picked = situation.item_materials;
  return picked ? materials.filter((m) => picked.includes(m.id)) : materials;
}

/** What an applicant in one situation sees: the item's elements with the situation's applied. */
export interface EffectiveSituation {
  situation: Situation;
  accept_condition: string;
  materials: Material[];
  anticipate_day: number;
  promise_day: number;
  charges: Charge[];
}

/** The item as it applies to one of its situations (its guide page), or undefined for an unknown situation id. */
export function effectiveSituation(
  item: { accept_condition: string; materials: Material[]; anticipate_day: number; promise_day: number; charges: Charge[]; situations: Situation[] },
  situationId: string,
): EffectiveSituation | undefined {
  const situation = item.situations.find((s) => s.id === situationId);
  if (!situation) return undefined;
  return {
    situation,
    accept_condition: situation.accept_condition ?? item.accept_condition,
    materials: [...itemMaterialsOf(item.materials, situation), ...situation.materials],
    anticipate_day: situation.anticipate_day ?? item.anticipate_day,
    promise_day: situation.promise_day ?? item.promise_day,
    charges: situation.charges ?? item.charges,
  };
}

// The situations (情形) of an item on its catalogue page: each with its description, acceptance condition, the
// materials it adds, its limits and fees — what its own service guide will show.
import type { ItemDraft } from "../../spec/catalogue/record.js";
import { itemMaterialsOf, type SituationInput } from "../../spec/catalogue/situation.js";
import { useI18n } from "../../runtime/shared/i18n.js";
import { useEd } from "../i18n.js";
import { CHARGE_COLUMNS, MATERIAL_COLUMNS } from "../items/elements.js";
import { ElementTable } from "./ItemElementsView.js";

/** Props: the draft. */
export function ItemSituations({ draft }: { draft: ItemDraft }) {
  const e = useEd();
  const { t } = useI18n();
  const materials = (Array.isArray(draft.materials) ? draft.materials : []) as Array<{ id: string; material_name?: string }>;
  const list = (Array.isArray(draft.situations) ? draft.situations : []) as SituationInput[];
  return (
    <section className="card" aria-labelledby="cat-situations">
      <h2 id="cat-situations">{e("情形（{n}）", { n: list.length })}</h2>
      {!list.length ? <p className="muted">{e("该事项没有划分情形：所有申请人适用同样的条件和材料。")}</p> : list.map((s) => (
        <article key={s.id} className="cat-situation">
          <h3>{s.title}</h3>
          {s.description && <p>{s.description}</p>}
          <dl className="facts cat-facts">
            <dt>{t("ed.situation.itemMaterials")}</dt>
            <dd>{!s.item_materials ? t("ed.situation.itemMaterialsAll") : itemMaterialsOf(materials, s).map((m) => m.material_name || m.id).join("、") || t("ed.situation.itemMaterialsNone")}</dd>
            <dt>{e("受理条件")}</dt><dd>{s.accept_condition ?? e("同事项")}</dd>
            <dt>{e("法定办结时限")}</dt><dd>{s.anticipate_day !== undefined ? e("{n} 天", { n: s.anticipate_day }) : e("同事项")}</dd>
            <dt>{e("承诺办结时限")}</dt><dd>{s.promise_day !== undefined ? e("{n} 天", { n: s.promise_day }) : e("同事项")}</dd>
          </dl>
          <ElementTable caption="该情形另需的材料" rows={s.materials ?? []} columns={MATERIAL_COLUMNS.filter((c) => c.key !== "id")} />
          {s.charges && <ElementTable caption="该情形的收费" rows={s.charges} columns={CHARGE_COLUMNS} />}
        </article>
      ))}
    </section>
  );
}

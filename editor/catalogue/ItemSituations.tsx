// The situations (情形) of an item on its catalogue page: each with its description, acceptance condition, the
// materials it adds, its limits and fees — what its own service guide will show.
import type { ItemDraft } from "../../spec/catalogue/record.js";
import { itemMaterialsOf, type SituationInput } from "../../spec/catalogue/situation.js";
import { useI18n } from "../i18n.js";
import { CHARGE_COLUMNS, MATERIAL_COLUMNS } from "../items/elements.js";
import { ElementTable } from "./ItemElementsView.js";

/** Props: the draft. */
export function ItemSituations({ draft }: { draft: ItemDraft }) {
  const { t } = useI18n();
  const materials = (Array.isArray(draft.materials) ? draft.materials : []) as Array<{ id: string; material_name?: string }>;
  const list = (Array.isArray(draft.situations) ? draft.situations : []) as SituationInput[];
  return (
    <section className="card" aria-labelledby="cat-situations">
      <h2 id="cat-situations">{t("ed.catalogue.situations", { n: list.length })}</h2>
      {!list.length ? <p className="muted">{t("ed.catalogue.noSituations")}</p> : list.map((s) => (
        <article key={s.id} className="cat-situation">
          <h3>{s.title}</h3>
          {s.description && <p>{s.description}</p>}
          <dl className="facts cat-facts">
            <dt>{t("ed.situation.itemMaterials")}</dt>
            <dd>{!s.item_materials ? t("ed.situation.itemMaterialsAll") : itemMaterialsOf(materials, s).map((m) => m.material_name || m.id).join(t("common.listSeparator")) || t("ed.situation.itemMaterialsNone")}</dd>
            <dt>{t("ed.element.accept_condition")}</dt><dd>{s.accept_condition ?? t("ed.catalogue.asItem")}</dd>
            <dt>{t("ed.element.anticipate_day")}</dt><dd>{s.anticipate_day !== undefined ? t("ed.catalogue.days", { n: s.anticipate_day }) : t("ed.catalogue.asItem")}</dd>
            <dt>{t("ed.element.promise_day")}</dt><dd>{s.promise_day !== undefined ? t("ed.catalogue.days", { n: s.promise_day }) : t("ed.catalogue.asItem")}</dd>
          </dl>
          <ElementTable caption="ed.catalogue.situationMaterials" rows={s.materials ?? []} columns={MATERIAL_COLUMNS.filter((c) => c.key !== "id")} />
          {s.charges && <ElementTable caption="ed.catalogue.situationCharges" rows={s.charges} columns={CHARGE_COLUMNS} />}
        </article>
      ))}
    </section>
  );
}

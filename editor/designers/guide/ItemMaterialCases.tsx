// 材料适用情形 of one item: when each of its materials is needed. A catalogue item's materials — and their conditions —
// are the published version its department maintains (server/catalogue/pins.ts refuses a changed pinned item when the
// draft is saved), so they are shown, not edited, with who maintains them; the one-thing's own items are edited here.
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import { describeCondition, type ConditionVariable } from "../common/conditions.js";
import { arr, type Json } from "../common/doc.js";
import { useI18n } from "../../i18n.js";
import { useCatalogueEntry } from "../../items/useCatalogueEntry.js";

/** Props: the item, the variables its conditions may read, how to set one material's condition. */
export function ItemMaterialCases({ item, variables, onCase }: { item: Json; variables: ConditionVariable[]; onCase(matIdx: number, c: Condition | undefined): void }) {
  const { t, lang } = useI18n();
  const entry = useCatalogueEntry(String(item.id ?? ""));
  const materials = arr<Json>(item.materials);
  return (
    <details>
      <summary>{t("ed.guide.materials.count", { name: String(item.task_name ?? item.id), n: materials.length })}</summary>
      {entry ? (
        <>
          <p className="muted small" role="note">{t("ed.guide.materials.pinned", { dept: entry.deptName })}</p>
          <ul className="small">
            {materials.map((m, j) => (
              <li key={String(m.id ?? j)}>{String(m.material_name ?? m.id)}{t("common.labelSeparator")}{m.handle_case === undefined ? t("ed.guide.materials.always") : describeCondition(m.handle_case as Condition, variables, lang)}</li>
            ))}
          </ul>
        </>
      ) : entry === null && materials.map((m, j) => (
        <ConditionBuilder key={String(m.id ?? j)} label={String(m.material_name ?? m.id)} value={m.handle_case as Condition | undefined} variables={variables}
          emptyText={t("ed.guide.materials.always")} onChange={(c) => onCase(j, c)} />
      ))}
    </details>
  );
}

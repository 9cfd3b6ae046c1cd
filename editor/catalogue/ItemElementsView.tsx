// An item draft's national elements read-only (for staff of other departments), grouped like the item editor's
// tabs, code lists shown in words, tables as tables; an element not filled in yet says so.
import type { ItemDraft } from "../../spec/catalogue/record.js";
import { BASIC, CHANNELS, CHARGE_COLUMNS, LIMITS, MATERIAL_COLUMNS, QA_COLUMNS, STEP_COLUMNS, SUPPORTS, type ColumnDef, type ElementDef } from "../items/elements.js";
import { useI18n, type MessageKey, type translate } from "../i18n.js";
import type { Json } from "../../spec/common.js";


/** A value of an element (or table cell) in words: options by their label, booleans as 是/否, empty as 未填写. */
export function shownValue(def: { kind: string; options?: Array<[string, string]> }, v: unknown, t: typeof translate, deptName?: string): string {
  if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return "";
  if (def.kind === "department") return deptName ?? String(v);
  if (def.kind === "bool") return t(v === true ? "ed.yes" : "ed.no");
  // option labels read "01 行政许可": the words without the code
  const label = (x: unknown) => { const o = def.options?.find(([k]) => k === x); return o ? (o[1].startsWith(`${o[0]} `) ? o[1].slice(o[0].length + 1) : o[1]) : String(x); };
  if (Array.isArray(v)) return v.map(label).join(t("common.listSeparator"));
  return label(v);
}

function Facts({ defs, draft, deptName }: { defs: ElementDef[]; draft: Json; deptName: string }) {
  const { t } = useI18n();
  return (
    <dl className="facts cat-facts">
      {defs.filter((d) => d.key !== "id").map((d) => {
        const v = shownValue(d, draft[d.key], t, deptName);
        return [<dt key={`${d.key}-t`}>{t(d.label)}</dt>, <dd key={`${d.key}-d`} className={v ? undefined : "muted"}>{v || t("ed.catalogue.notFilled")}</dd>];
      })}
    </dl>
  );
}

/** A table element (materials, fees, steps, FAQ) read-only. */
export function ElementTable({ caption, rows, columns }: { caption: MessageKey; rows: unknown; columns: ColumnDef[] }) {
  const { t } = useI18n();
  const list = Array.isArray(rows) ? (rows as Json[]) : [];
  return (
    <div className="cat-table">
      <h4>{t(caption)}</h4>
      {!list.length ? <p className="muted">{t("ed.catalogue.notFilled")}</p> : (
        <table className="table table--stack">
          <thead><tr>{columns.map((c) => <th key={c.key} scope="col">{t(c.label)}</th>)}</tr></thead>
          <tbody>{list.map((r, i) => <tr key={i}>{columns.map((c) => <td key={c.key} data-label={t(c.label)}>{shownValue(c, r[c.key], t) || "—"}</td>)}</tr>)}</tbody>
        </table>
      )}
    </div>
  );
}

/** Props: the draft and its department's name. */
export function ItemElementsView({ draft, deptName }: { draft: ItemDraft; deptName: string }) {
  const { t } = useI18n();
  const d = draft as unknown as Json;
  const supports = d.supports && typeof d.supports === "object" ? (d.supports as Json) : {};
  const on = SUPPORTS.filter(([k]) => supports[k] === true).map(([, l]) => t(l));
  return (
    <div className="cat-elements">
      <h3>{t("ed.items.group.basic")}</h3>
      <Facts defs={BASIC} draft={d} deptName={deptName} />
      <h3>{t("ed.items.group.limits")}</h3>
      <Facts defs={LIMITS} draft={d} deptName={deptName} />
      <ElementTable caption="ed.items.charges" rows={d.charges} columns={CHARGE_COLUMNS} />
      <ElementTable caption="ed.items.steps" rows={d.steps} columns={STEP_COLUMNS} />
      <h3>{t("ed.items.group.materials")}</h3>
      <ElementTable caption="ed.items.materials" rows={d.materials} columns={MATERIAL_COLUMNS.filter((c) => c.key !== "id")} />
      <h3>{t("ed.items.group.channels")}</h3>
      <Facts defs={CHANNELS} draft={d} deptName={deptName} />
      <dl className="facts cat-facts"><dt>{t("ed.catalogue.conveniences")}</dt><dd className={on.length ? undefined : "muted"}>{on.join(t("common.listSeparator")) || t("ed.catalogue.notFilled")}</dd></dl>
      <ElementTable caption="ed.items.qa" rows={d.qa} columns={QA_COLUMNS} />
    </div>
  );
}

// A catalogue item pinned in the one-thing, read-only (tryout 10 #6): its content is the published version the owning
// department maintains in the item catalogue (server/catalogue/pins.ts refuses any change), so the 事项 tab shows it as
// text — elements, materials, fees, steps, Q&A — with who maintains it and a link to the catalogue page.
import { href } from "../../runtime/shared/router.js";
import type { Json } from "../../spec/common.js";
import { useI18n, type MessageKey } from "../i18n.js";
import { BASIC, CHANNELS, CHARGE_COLUMNS, LIMITS, MATERIAL_COLUMNS, QA_COLUMNS, STEP_COLUMNS, type ColumnDef, type ElementDef } from "./elements.js";

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** A value in words: an option's label, yes / no, a list joined, a dash for nothing. */
function useValueText() {
  const { t } = useI18n();
  return (v: unknown, options?: Array<[string, string]>): string => {
    if (v === undefined || v === null || v === "") return "—";
    if (typeof v === "boolean") return v ? t("ed.yes") : t("ed.no");
    const one = (x: unknown) => options?.find(([k]) => k === String(x))?.[1] ?? String(x);
    return Array.isArray(v) ? (v.length ? v.map(one).join(t("common.listSeparator")) : "—") : one(v);
  };
}

function Elements({ item, defs }: { item: Json; defs: ElementDef[] }) {
  const { t } = useI18n();
  const text = useValueText();
  return (
    <dl className="item-ro__dl">
      {defs.filter((d) => d.key !== "department").map((d) => (
        <div key={d.key} className="item-ro__row"><dt>{t(d.label)}</dt><dd>{text(item[d.key], d.options)}</dd></div>
      ))}
    </dl>
  );
}

function Table({ caption, rows, columns }: { caption: MessageKey; rows: Json[]; columns: ColumnDef[] }) {
  const { t } = useI18n();
  const text = useValueText();
  if (!rows.length) return null;
  return (
    <div className="table-edit-box">
      {/* wide enough to read each column; the box scrolls sideways on a phone */}
      <table className="table" style={{ minWidth: `${columns.length * 6}rem` }}>
        <caption>{t(caption)}</caption>
        <thead><tr>{columns.map((c) => <th key={c.key} scope="col">{t(c.label)}</th>)}</tr></thead>
        <tbody>{rows.map((r, i) => <tr key={i}>{columns.map((c) => <td key={c.key}>{text(r[c.key], c.options)}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}

/** The pinned item as text, under a note naming the department that maintains it and linking to its catalogue page. */
export function ItemReadOnly({ item, deptName, version }: { item: Json; deptName: string; version: number | undefined }) {
  const { t } = useI18n();
  const id = String(item.id ?? "");
  return (
    <div className="item-ro" data-testid="item-readonly">
      <div className="alert" role="note">
        <p>{t("ed.items.pinned.note", { dept: deptName, v: version ?? "—" })}</p>
        <p><a href={href(`/catalogue/${encodeURIComponent(id)}`)}>{t("ed.items.pinned.link", { name: String(item.task_name ?? id) })}</a></p>
      </div>
      <h3>{t("ed.items.group.basic")}</h3>
      <Elements item={item} defs={BASIC} />
      <h3>{t("ed.items.group.limits")}</h3>
      <Elements item={item} defs={LIMITS} />
      <Table caption="ed.items.charges" rows={arr(item.charges)} columns={CHARGE_COLUMNS} />
      <Table caption="ed.items.steps" rows={arr(item.steps)} columns={STEP_COLUMNS} />
      <h3>{t("ed.items.group.materials")}</h3>
      <Table caption="ed.items.materials" rows={arr(item.materials)} columns={MATERIAL_COLUMNS} />
      <h3>{t("ed.items.group.channels")}</h3>
      <Elements item={item} defs={CHANNELS} />
      <Table caption="ed.items.qa" rows={arr(item.qa)} columns={QA_COLUMNS} />
    </div>
  );
}

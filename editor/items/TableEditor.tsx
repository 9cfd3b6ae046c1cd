// An editable table of objects (charges, steps, materials, Q&A): add, remove and reorder rows by keyboard; its
// caption, buttons and undo steps in the interface language.
import type { ColumnDef } from "./elements.js";
import { useI18n, type MessageKey } from "../i18n.js";

type Row = Record<string, unknown>;

/** Props: rows, columns, a caption and how to report the next rows (with an undo label in the interface language). */
export function TableEditor({ caption, rows, columns, onChange, newRow, idPrefix }: {
  caption: MessageKey; rows: Row[]; columns: ColumnDef[]; onChange(next: Row[], label: string): void; newRow(): Row; idPrefix: string;
}) {
  const { t } = useI18n();
  const table = t(caption);
  const row = (i: number) => t("ed.items.row", { table, n: i + 1 });
  const setCell = (i: number, key: string, value: unknown) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)), t("ed.items.undo.editRow", { row: row(i) }));
  const move = (i: number, d: number) => {
    const next = [...rows];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    onChange(next, t("ed.items.undo.moveRow", { row: row(i) }));
  };
  return (
    <div className="table-edit-box">
      <table className="table table-edit" id={idPrefix}>
        <caption style={{ textAlign: "left", fontWeight: 600 }}>{table}</caption>
        <thead><tr>{columns.map((c) => <th key={c.key} scope="col" style={{ width: c.width }}>{t(c.label)}</th>)}<th scope="col"><span className="visually-hidden">{t("ed.list.actions")}</span></th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const label = t("ed.items.cell", { row: row(i), column: t(c.label) });
                const id = `${idPrefix}-${i}-${c.key}`;
                const v = r[c.key];
                return (
                  <td key={c.key}>
                    {c.kind === "bool" ? (
                      <input id={id} type="checkbox" aria-label={label} checked={v === true} onChange={(e) => setCell(i, c.key, e.target.checked)} />
                    ) : c.kind === "select" ? (
                      <select id={id} aria-label={label} value={typeof v === "string" ? v : ""} onChange={(e) => setCell(i, c.key, e.target.value)}>
                        <option value="">—</option>
                        {c.options!.map(([val, l]) => <option key={val} value={val}>{l}</option>)}
                      </select>
                    ) : (
                      <input id={id} aria-label={label} type={c.kind === "int" ? "number" : "text"} value={v === undefined || v === null ? "" : String(v)}
                        onChange={(e) => setCell(i, c.key, c.kind === "int" ? (e.target.value === "" ? undefined : Number(e.target.value)) : e.target.value)} />
                    )}
                  </td>
                );
              })}
              <td style={{ whiteSpace: "nowrap" }}>
                <button type="button" className="btn btn--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("ed.items.rowUp", { row: row(i) })}>↑</button>
                <button type="button" className="btn btn--small" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t("ed.items.rowDown", { row: row(i) })}>↓</button>
                <button type="button" className="btn btn--small btn--danger" onClick={() => onChange(rows.filter((_, j) => j !== i), t("ed.items.undo.deleteRow", { row: row(i) }))}
                  aria-label={t("ed.items.rowDelete", { row: row(i) })}>×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--small" onClick={() => onChange([...rows, newRow()], t("ed.items.addRow", { table }))}>+ {t("ed.items.addRow", { table })}</button>
    </div>
  );
}

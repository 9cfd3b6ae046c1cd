// 事项: the bundle's items catalog — list, add (blank, item JSON, JSON Schema form with binding review), reorder,
// export, delete — and the grouped editor of the selected item.
import { useEffect, useState } from "react";
import type { DesignerProps } from "../state/draft-store.js";
import { problemsUnder } from "../workspace/problems.js";
import { ImportPanel } from "./ImportPanel.js";
import { CataloguePicker } from "./CataloguePicker.js";
import { ItemEditor } from "./ItemEditor.js";
import { ItemReadOnly } from "./ItemReadOnly.js";
import { useCatalogueEntry } from "./useCatalogueEntry.js";
import { Loading } from "../../runtime/shared/ui.js";
import { blankItem, nextItemId } from "./newItem.js";
import type { Json } from "../../spec/common.js";
import { useI18n } from "../i18n.js";

/** Downloads a JSON document as a file. */
function download(name: string, doc: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The items tab. */
export function ItemsTab({ doc, onChange, problems, departments, focus }: DesignerProps & { focus?: { pointer: string; n: number } }) {
  const { t } = useI18n();
  const items = Array.isArray(doc.items) ? (doc.items as Json[]) : [];
  const [selected, setSelected] = useState(0);
  const [importing, setImporting] = useState<"item" | "form" | "catalogue">();
  const ids = items.map((it) => String(it.id ?? ""));
  const lead = typeof doc.lead === "string" ? doc.lead : departments[0]?.id ?? "";
  const audience = doc.audience === "enterprise" ? "enterprise" : "person";
  useEffect(() => {
    const m = focus?.pointer.match(/^\/items\/(\d+)/);
    if (m) setSelected(Number(m[1]));
  }, [focus]);
  const index = Math.min(selected, Math.max(0, items.length - 1));
  const setItems = (next: Json[], label: string) => onChange({ ...doc, items: next }, label);
  const add = (item: Json, label: string) => {
    setItems([...items, item], label);
    setSelected(items.length);
  };
  const move = (i: number, d: number) => {
    const next = [...items];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    setItems(next, t("ed.items.undo.move", { name: String(x!.task_name) }));
    setSelected(i + d);
  };
  const remove = (i: number) => {
    const name = String(items[i]!.task_name ?? items[i]!.id);
    if (!window.confirm(t("ed.items.deleteConfirm", { name }))) return;
    setItems(items.filter((_, j) => j !== i), t("ed.items.undo.delete", { name }));
    setSelected(Math.max(0, i - 1));
  };
  const current = items[index];
  return (
    <div>
      <div className="row" style={{ gap: ".5rem", marginBottom: ".75rem", flexWrap: "wrap" }}>
        <button type="button" className="btn" onClick={() => add(blankItem(nextItemId(ids), t("ed.items.newName"), lead, departments.find((d) => d.id === lead)?.name ?? lead), t("ed.items.new"))}>+ {t("ed.items.new")}</button>
        <button type="button" className="btn" onClick={() => setImporting("catalogue")}>{t("ed.items.fromCatalogue")}</button>
        <button type="button" className="btn" onClick={() => setImporting("item")}>{t("ed.items.importJson")}</button>
        <button type="button" className="btn" onClick={() => setImporting("form")}>{t("ed.items.importSchema")}</button>
      </div>
      {importing === "catalogue" && <CataloguePicker takenIds={ids} onAdd={add} onClose={() => setImporting(undefined)} />}
      {importing && importing !== "catalogue" && (
        <ImportPanel key={importing} mode={importing} takenIds={ids} lead={lead} audience={audience} departments={departments} onAdd={add} onClose={() => setImporting(undefined)} />
      )}
      <div className="split">
        <nav aria-label={t("ed.items.list")}>
          <ul className="list-nav" data-testid="item-list">
            {items.map((it, i) => {
              const n = problemsUnder(problems, `/items/${i}`);
              return (
                <li key={i}>
                  <button type="button" aria-current={i === index} onClick={() => setSelected(i)}>
                    {String(it.task_name || it.id || t("ed.items.nth", { n: i + 1 }))}
                    <div className="muted small">{String(it.dept_name ?? "")}{n > 0 && <span className="tab-badge" aria-label={t("ed.items.problems", { n })}>{n}</span>}</div>
                  </button>
                </li>
              );
            })}
          </ul>
          {current && (
            <div className="row" style={{ gap: ".25rem", marginTop: ".5rem", flexWrap: "wrap" }}>
              <button type="button" className="btn btn--small" disabled={index === 0} onClick={() => move(index, -1)}>{t("ed.moveUp")}</button>
              <button type="button" className="btn btn--small" disabled={index >= items.length - 1} onClick={() => move(index, 1)}>{t("ed.moveDown")}</button>
              <button type="button" className="btn btn--small" onClick={() => download(`${String(current.id)}.json`, current)}>{t("ed.exportJson")}</button>
              <button type="button" className="btn btn--small btn--danger" onClick={() => remove(index)}>{t("ed.items.delete")}</button>
            </div>
          )}
        </nav>
        <div>
          {current ? (
            <CurrentItem key={index} item={current} index={index} problems={problems} departments={departments} focus={focus}
              onChange={(next, label) => setItems(items.map((x, j) => (j === index ? next : x)), label)} />
          ) : <p className="muted">{t("ed.items.none")}</p>}
        </div>
      </div>
    </div>
  );
}

/** The selected item: a pinned catalogue item read-only (its department maintains it), the one-thing's own editable. */
function CurrentItem(props: Parameters<typeof ItemEditor>[0]) {
  const entry = useCatalogueEntry(String(props.item.id ?? ""));
  if (entry === undefined) return <Loading />;
  if (entry) return <ItemReadOnly item={props.item} deptName={entry.deptName} version={typeof props.item.version === "number" ? props.item.version : undefined} />;
  return <ItemEditor {...props} />;
}

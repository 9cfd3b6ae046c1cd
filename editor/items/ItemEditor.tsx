// The editor of one item: its national elements in grouped tabs (基本 / 时限与收费 / 材料 / 渠道 / 表单).
import { useEffect, useState } from "react";
import type { DepartmentOption } from "../state/draft-store.js";
import { problemAt, type ShownProblem } from "../workspace/problems.js";
import { useMsg } from "../designers/common/lang.js";
import { BASIC, CHANNELS, CHARGE_COLUMNS, LIMITS, MATERIAL_COLUMNS, QA_COLUMNS, STEP_COLUMNS, SUPPORTS, type ElementDef } from "./elements.js";
import { ElementField, elementFieldId } from "./ElementField.js";
import { TableEditor } from "./TableEditor.js";
import { FormDesigner } from "../form-designer/FormDesigner.js";
import type { Json } from "../../spec/common.js";
import { useI18n, type MessageKey } from "../i18n.js";

const GROUPS = ["基本", "时限与收费", "材料", "渠道", "表单"] as const;
type Group = (typeof GROUPS)[number];
const GROUP_LABELS: Record<Group, MessageKey> = {
  基本: "ed.items.group.basic", 时限与收费: "ed.items.group.limits", 材料: "ed.items.group.materials", 渠道: "ed.items.group.channels", 表单: "ed.items.group.form",
};

/** Which group shows an item property. */
export function groupOf(prop: string): Group {
  if (LIMITS.some((d) => d.key === prop) || prop === "charges" || prop === "steps") return "时限与收费";
  if (prop === "materials") return "材料";
  if (CHANNELS.some((d) => d.key === prop) || prop === "supports" || prop === "qa") return "渠道";
  if (prop === "form") return "表单";
  return "基本";
}

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Props: the item, its index, problems (pointers relative to the bundle), the setter and a pointer to focus. */
export function ItemEditor({ item, index, problems, departments, onChange, focus }: {
  item: Json; index: number; problems: ShownProblem[]; departments: DepartmentOption[];
  onChange(next: Json, label: string): void; focus?: { pointer: string; n: number };
}) {
  const { t } = useI18n();
  const M = useMsg();
  const [group, setGroup] = useState<Group>("基本");
  const base = `/items/${index}`;
  const name = typeof item.task_name === "string" && item.task_name ? item.task_name : t("ed.items.nth", { n: index + 1 });
  const set = (key: string, value: unknown, label = t("ed.items.undo.change", { name, what: key })) => {
    const next = { ...item };
    if (value === undefined) delete next[key];
    else next[key] = value;
    if (key === "department") {
      const d = departments.find((x) => x.id === value);
      if (d) next.dept_name = d.name;
    }
    onChange(next, label);
  };
  useEffect(() => {
    // a problem of another item (the list moved on to this one since) does not move this item's group
    if (!focus || !focus.pointer.startsWith(base + "/")) return;
    const prop = focus.pointer.slice(base.length).split("/")[1];
    if (!prop) return;
    setGroup(groupOf(prop));
    setTimeout(() => document.getElementById(elementFieldId(index, prop))?.focus() ?? document.getElementById(`item-${index}-${prop}`)?.focus(), 0);
  }, [focus, base, index]);
  const fields = (defs: ElementDef[]) => (
    <div className="form-grid-2">
      {defs.map((d) => (
        <div key={d.key} style={d.kind === "textarea" || d.kind === "multi" ? { gridColumn: "1 / -1" } : undefined}>
          <ElementField def={d} value={item[d.key]} error={problemAt(problems, `${base}/${d.key}`, M)} onSet={(v) => set(d.key, v, t("ed.items.undo.change", { name, what: t(d.label) }))}
            itemIndex={index} departments={departments} />
        </div>
      ))}
    </div>
  );
  const count = (g: Group) => problems.filter((p) => p.pointer.startsWith(base + "/") && groupOf(p.pointer.slice(base.length).split("/")[1] ?? "") === g).length;
  const supports = item.supports && typeof item.supports === "object" ? (item.supports as Json) : {};
  return (
    <div>
      <div className="tablist" role="tablist" aria-label={t("ed.items.groupsOf", { name })}>
        {GROUPS.map((g) => (
          <button key={g} type="button" role="tab" aria-selected={group === g} id={`itab-${g}`} aria-controls="item-group" onClick={() => setGroup(g)}>
            {t(GROUP_LABELS[g])}{count(g) > 0 && <span className="tab-badge">{count(g)}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="item-group" aria-labelledby={`itab-${group}`} style={{ paddingTop: "1rem" }}>
        {group === "基本" && fields(BASIC)}
        {group === "时限与收费" && (
          <>
            {fields(LIMITS)}
            <TableEditor caption="ed.items.charges" idPrefix={`item-${index}-charges`} rows={arr(item.charges)} columns={CHARGE_COLUMNS} onChange={(r, l) => set("charges", r, l)}
              newRow={() => ({ name: "", standard: "", reducible: false })} />
            <TableEditor caption="ed.items.steps" idPrefix={`item-${index}-steps`} rows={arr(item.steps)} columns={STEP_COLUMNS} onChange={(r, l) => set("steps", r, l)} newRow={() => ({ name: "" })} />
          </>
        )}
        {group === "材料" && (
          <TableEditor caption="ed.items.materials" idPrefix={`item-${index}-materials`} rows={arr(item.materials)} columns={MATERIAL_COLUMNS} onChange={(r, l) => set("materials", r, l)}
            newRow={() => ({ id: `m${arr(item.materials).length + 1}`, material_name: "", necessity: "必要", source_type: "10", originals: 1, copies: 0 })} />
        )}
        {group === "渠道" && (
          <>
            {fields(CHANNELS)}
            <fieldset className="field">
              <legend>{t("ed.catalogue.conveniences")}</legend>
              <div style={{ display: "flex", flexWrap: "wrap", gap: ".25rem 1rem" }}>
                {SUPPORTS.map(([k, l]) => (
                  <label key={k} className="choice">
                    <input type="checkbox" checked={supports[k] === true} onChange={(e) => set("supports", { ...supports, [k]: e.target.checked }, t("ed.items.undo.change", { name, what: t(l) }))} /> {t(l)}
                  </label>
                ))}
              </div>
            </fieldset>
            <TableEditor caption="ed.items.qa" idPrefix={`item-${index}-qa`} rows={arr(item.qa)} columns={QA_COLUMNS} onChange={(r, l) => set("qa", r, l)} newRow={() => ({ q: "", a: "" })} />
          </>
        )}
        {group === "表单" && (
          <FormDesigner form={item.form && typeof item.form === "object" ? (item.form as Json) : { schema: { type: "object", properties: {} } }}
            onChange={(f, l) => set("form", f, t("ed.items.undo.form", { name, change: l }))} problems={problems.filter((p) => p.pointer.startsWith(`${base}/form`))} idPrefix={`item-${index}-form`} />
        )}
      </div>
    </div>
  );
}

// What changed in an item between the version a one-thing pins and the newest one, as staff read it: form fields,
// materials, time limits, fees, situations and other elements, each by its name (never a pointer or a key).
import type { ReactElement } from "react";
import type { ItemDiff, ValueChange } from "../../spec/catalogue/item-diff.js";
import { useI18n, type translate } from "../i18n.js";

/** A value as staff read it: yes/no, lists joined, anything structured as "已修改". */
export function shownValue(v: unknown, t: typeof translate): string {
  if (v === undefined || v === null || v === "") return t("ed.upgrade.empty");
  if (typeof v === "boolean") return t(v ? "ed.yes" : "ed.no");
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return v.join(t("common.listSeparator"));
  if (typeof v === "object") return t("ed.upgrade.structured");
  return String(v);
}

function Change({ c }: { c: ValueChange }) {
  const { t } = useI18n();
  return <li>{t("ed.upgrade.valueChange", { label: c.label, from: shownValue(c.from, t), to: shownValue(c.to, t) })}</li>;
}

/** The diff of two item versions as grouped lists; "no visible change" when only the version moved. */
export function ItemDiffView({ diff }: { diff: ItemDiff }) {
  const { t } = useI18n();
  const f = diff.fields, m = diff.materials;
  const rowChanges = (x: { name: string; changes: ValueChange[] }) =>
    t("ed.upgrade.rowChanges", { name: x.name, changes: x.changes.map((c) => `${c.label} ${shownValue(c.from, t)} → ${shownValue(c.to, t)}`).join(t("ed.upgrade.changeSeparator")) });
  const groups: Array<{ title: string; rows: ReactElement[] }> = [
    { title: t("ed.upgrade.fields"), rows: [
      ...f.added.map((x) => <li key={`a${x.pointer}`}>{t("ed.upgrade.added", { name: x.title })}</li>),
      ...f.removed.map((x) => <li key={`r${x.pointer}`}>{t("ed.upgrade.removed", { name: x.title })}</li>),
      ...f.relabelled.map((x) => <li key={`l${x.pointer}`}>{t("ed.upgrade.renamed", { from: x.from, to: x.to })}</li>),
      ...f.changed.map((x) => <li key={`c${x.pointer}`}>{t("ed.upgrade.fieldChanged", { name: x.title })}</li>),
    ] },
    { title: t("ed.upgrade.materials"), rows: [
      ...m.added.map((x) => <li key={`a${x.id}`}>{t("ed.upgrade.added", { name: x.name })}</li>),
      ...m.removed.map((x) => <li key={`r${x.id}`}>{t("ed.upgrade.removed", { name: x.name })}</li>),
      ...m.changed.map((x) => <li key={`c${x.id}`}>{rowChanges(x)}</li>),
    ] },
    { title: t("ed.upgrade.limits"), rows: diff.limits.map((c) => <Change key={c.key} c={c} />) },
    { title: t("ed.upgrade.fees"), rows: [
      ...diff.fees.changes.map((c) => <Change key={c.key} c={c} />),
      ...diff.fees.added.map((n) => <li key={`a${n}`}>{t("ed.upgrade.feeAdded", { name: n })}</li>),
      ...diff.fees.removed.map((n) => <li key={`r${n}`}>{t("ed.upgrade.feeRemoved", { name: n })}</li>),
      ...diff.fees.changed.map((x) => <li key={`c${x.id}`}>{rowChanges(x)}</li>),
    ] },
    { title: t("ed.upgrade.situations"), rows: [
      ...diff.situations.added.map((n) => <li key={`a${n}`}>{t("ed.upgrade.added", { name: n })}</li>),
      ...diff.situations.removed.map((n) => <li key={`r${n}`}>{t("ed.upgrade.removed", { name: n })}</li>),
      ...diff.situations.changed.map((n) => <li key={`c${n}`}>{t("ed.upgrade.changed", { name: n })}</li>),
    ] },
    { title: t("ed.upgrade.elements"), rows: diff.elements.map((c) => <Change key={c.key} c={c} />) },
  ];
  const shown = groups.filter((g) => g.rows.length);
  if (!shown.length) return <p className="muted small">{t("ed.upgrade.versionOnly")}</p>;
  return (
    <dl className="item-diff" data-testid="item-diff">
      {shown.map((g) => (
        <div key={g.title}><dt>{g.title}</dt><dd><ul>{g.rows}</ul></dd></div>
      ))}
    </dl>
  );
}

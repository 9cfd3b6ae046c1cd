// What changed in an item between the version a one-thing pins and the newest one, as staff read it: form fields,
// materials, time limits, fees, situations and other elements, each by its Chinese name (never a pointer or a key).
import type { ReactElement } from "react";
import type { ItemDiff, ValueChange } from "../../spec/catalogue/item-diff.js";
import { useL, type Pick2 } from "../designers/common/lang.js";

/** A value as staff read it: yes/no, lists joined, anything structured as "已修改". */
export function shownValue(v: unknown, L: Pick2): string {
  if (v === undefined || v === null || v === "") return L("（未填）", "(empty)");
  if (typeof v === "boolean") return v ? L("是", "yes") : L("否", "no");
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return v.join("、");
  if (typeof v === "object") return L("（内容已修改）", "(changed)");
  return String(v);
}

function Change({ c }: { c: ValueChange }) {
  const L = useL();
  return <li>{c.label}：{shownValue(c.from, L)} → {shownValue(c.to, L)}</li>;
}

/** The diff of two item versions as grouped lists; "no visible change" when only the version moved. */
export function ItemDiffView({ diff }: { diff: ItemDiff }) {
  const L = useL();
  const f = diff.fields, m = diff.materials;
  const groups: Array<{ title: string; rows: ReactElement[] }> = [
    { title: L("表单字段", "Form fields"), rows: [
      ...f.added.map((x) => <li key={`a${x.pointer}`}>{L("新增", "Added")}「{x.title}」</li>),
      ...f.removed.map((x) => <li key={`r${x.pointer}`}>{L("删除", "Removed")}「{x.title}」</li>),
      ...f.relabelled.map((x) => <li key={`l${x.pointer}`}>{L("改名", "Renamed")}「{x.from}」→「{x.to}」</li>),
      ...f.changed.map((x) => <li key={`c${x.pointer}`}>{L("修改了「{t}」的格式或取值范围", "Changed the format or range of \"{t}\"").replace("{t}", x.title)}</li>),
    ] },
    { title: L("申请材料", "Materials"), rows: [
      ...m.added.map((x) => <li key={`a${x.id}`}>{L("新增", "Added")}「{x.name}」</li>),
      ...m.removed.map((x) => <li key={`r${x.id}`}>{L("删除", "Removed")}「{x.name}」</li>),
      ...m.changed.map((x) => <li key={`c${x.id}`}>「{x.name}」：{x.changes.map((c) => `${c.label} ${shownValue(c.from, L)} → ${shownValue(c.to, L)}`).join("；")}</li>),
    ] },
    { title: L("办理时限", "Time limits"), rows: diff.limits.map((c) => <Change key={c.key} c={c} />) },
    { title: L("收费", "Fees"), rows: [
      ...diff.fees.changes.map((c) => <Change key={c.key} c={c} />),
      ...diff.fees.added.map((n) => <li key={`a${n}`}>{L("新增收费项目", "New fee")}「{n}」</li>),
      ...diff.fees.removed.map((n) => <li key={`r${n}`}>{L("取消收费项目", "Fee dropped")}「{n}」</li>),
      ...diff.fees.changed.map((x) => <li key={`c${x.id}`}>「{x.name}」：{x.changes.map((c) => `${c.label} ${shownValue(c.from, L)} → ${shownValue(c.to, L)}`).join("；")}</li>),
    ] },
    { title: L("情形", "Situations"), rows: [
      ...diff.situations.added.map((n) => <li key={`a${n}`}>{L("新增", "Added")}「{n}」</li>),
      ...diff.situations.removed.map((n) => <li key={`r${n}`}>{L("删除", "Removed")}「{n}」</li>),
      ...diff.situations.changed.map((n) => <li key={`c${n}`}>{L("修改", "Changed")}「{n}」</li>),
    ] },
    { title: L("其他要素", "Other elements"), rows: diff.elements.map((c) => <Change key={c.key} c={c} />) },
  ];
  const shown = groups.filter((g) => g.rows.length);
  if (!shown.length) return <p className="muted small">{L("只有版本号变化，内容相同。", "Only the version number changed.")}</p>;
  return (
    <dl className="item-diff" data-testid="item-diff">
      {shown.map((g) => (
        <div key={g.title}><dt>{g.title}</dt><dd><ul>{g.rows}</ul></dd></div>
      ))}
    </dl>
  );
}

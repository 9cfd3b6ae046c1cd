// 分类代码 (classification kind): GB/T 4754 门类 → 大类 → 中类 → 小类 or an uploaded code list, as a cascader
// searchable by code, name and pinyin; stores the code.
import { useMemo } from "react";
import type { WidgetProps } from "@rjsf/utils";
import { ariaDescribedByIds } from "@rjsf/utils";
import { codeListOf, codePath, type CodeList } from "../../spec/fields/code-lists.js";
import { optionsOf } from "../../spec/fields/types.js";
import { useI18n } from "../shared/i18n.js";
import { CodeCascader, type CodeNode } from "./CodeCascader.js";

const trees = new WeakMap<CodeList, { roots: CodeNode[]; byCode: Map<string, CodeNode>; depth: number }>();

/** The code list as a tree of nodes (built once per list). */
function treeOf(list: CodeList) {
  let hit = trees.get(list);
  if (!hit) {
    const byCode = new Map<string, CodeNode>();
    for (const e of list.entries) byCode.set(e.code, { code: e.code, name: e.name, children: [] });
    const roots: CodeNode[] = [];
    for (const e of list.entries) (e.parent && byCode.get(e.parent) ? byCode.get(e.parent)!.children : roots).push(byCode.get(e.code)!);
    const depthOf = (n: CodeNode): number => 1 + Math.max(0, ...n.children.map(depthOf));
    trees.set(list, (hit = { roots, byCode, depth: Math.max(1, ...roots.map(depthOf)) }));
  }
  return hit;
}

/** The classification widget. */
export default function ClassificationWidget(props: WidgetProps) {
  const { t } = useI18n();
  const { id, value, disabled, readonly, onChange, onBlur, schema, rawErrors, label, options } = props;
  const o = optionsOf(schema as Record<string, unknown>);
  const list = codeListOf(o);
  const tree = useMemo(() => (list ? treeOf(list) : undefined), [list]);
  if (!list || !tree) return null;
  const code = typeof value === "string" ? value : undefined;
  const path = code ? codePath(list, code).map((e) => tree.byCode.get(e.code)!) : [];
  const labels = Array.isArray(o.levelLabels) ? (o.levelLabels as string[]) : o.codes ? [] : [t("fk.gbt.section"), t("fk.gbt.division"), t("fk.gbt.group"), t("fk.gbt.class")];
  return (
    <CodeCascader id={id} title={String(label || schema.title || "")} roots={tree.roots} path={path} levels={tree.depth} levelLabels={labels} showCode
      value={code} disabled={disabled || readonly} describedBy={ariaDescribedByIds(id)} invalid={!!rawErrors?.length}
      onChange={(c) => onChange(c ?? options.emptyValue)} onBlur={() => onBlur(id, code)} />
  );
}

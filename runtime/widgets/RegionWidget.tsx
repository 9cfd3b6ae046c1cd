// 行政区划 (region kind): the GB/T 2260 province → city → county (→ town/street) cascader with type-ahead by name
// and pinyin; stores the code of the deepest level picked and shows only names.
import type { WidgetProps } from "@rjsf/utils";
import { ariaDescribedByIds } from "@rjsf/utils";
import { regionLevels } from "../../spec/fields/kinds/region.js";
import { CodeCascader } from "./CodeCascader.js";
import { useRegionTree } from "./region-tree.js";

/** The region widget. */
export default function RegionWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, schema, rawErrors, label, options } = props;
  const code = typeof value === "string" ? value : undefined;
  const levels = regionLevels(schema as Record<string, unknown>);
  const tree = useRegionTree(levels);
  return (
    <CodeCascader key={String(tree.ready)} id={id} title={String(label || schema.title || "")} roots={tree.roots} path={tree.pathOf(code)}
      levels={levels} levelLabels={tree.labels} childrenOf={tree.childrenOf}
      value={code} disabled={disabled || readonly} describedBy={ariaDescribedByIds(id)} invalid={!!rawErrors?.length}
      onChange={(c) => onChange(c ?? options.emptyValue)} onBlur={() => onBlur(id, code)} />
  );
}

// 行政区划 (region kind): the GB/T 2260 province → city → county cascader with type-ahead by name and pinyin;
// stores the 6-digit code of the deepest level picked and shows only names.
import type { WidgetProps } from "@rjsf/utils";
import { ariaDescribedByIds } from "@rjsf/utils";
import { regionPath, regionTree } from "../../spec/dictionary/regions.js";
import { regionLevels } from "../../spec/fields/kinds/region.js";
import { useI18n } from "../shared/i18n.js";
import { CodeCascader } from "./CodeCascader.js";

/** The region widget. */
export default function RegionWidget(props: WidgetProps) {
  const { t } = useI18n();
  const { id, value, disabled, readonly, onChange, onBlur, schema, rawErrors, label, options } = props;
  const code = typeof value === "string" ? value : undefined;
  return (
    <CodeCascader id={id} title={String(label || schema.title || "")} roots={regionTree()} path={code ? regionPath(code) : []}
      levels={regionLevels(schema as Record<string, unknown>)} levelLabels={[t("fk.province"), t("fk.city"), t("fk.county")]}
      value={code} disabled={disabled || readonly} describedBy={ariaDescribedByIds(id)} invalid={!!rawErrors?.length}
      onChange={(c) => onChange(c ?? options.emptyValue)} onBlur={() => onBlur(id, code)} />
  );
}

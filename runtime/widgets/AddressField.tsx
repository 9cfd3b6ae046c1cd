// 地址 (address kind): the region cascader and the detailed address, stored structured as {code, names, detail}
// so a department can split it the way its own system wants.
import type { FieldProps } from "@rjsf/utils";
import { regionName } from "../../spec/dictionary/regions.js";
import { regionLevels } from "../../spec/fields/kinds/region.js";
import { useI18n } from "../shared/i18n.js";
import { CodeCascader } from "./CodeCascader.js";
import { useRegionTree } from "./region-tree.js";
import { subErrors } from "./sub-errors.js";

type Address = { code?: string; names?: string; detail?: string };

/** The address field. */
export default function AddressField(props: FieldProps) {
  const { t } = useI18n();
  const { schema, formData, onChange, fieldPathId, disabled, readonly, errorSchema, onBlur } = props;
  const id = fieldPathId.$id;
  const v = (formData ?? {}) as Address;
  const set = (next: Address) => {
    const clean: Address = {};
    if (next.code) { clean.code = next.code; clean.names = regionName(next.code); }
    if (next.detail) clean.detail = next.detail;
    onChange((Object.keys(clean).length ? clean : undefined) as never, fieldPathId.path);
  };
  const levels = regionLevels(schema as Record<string, unknown>);
  const tree = useRegionTree(levels);
  const codeErrors = subErrors(errorSchema, "code");
  const detailErrors = subErrors(errorSchema, "detail");
  return (
    <div className="composite">
      <CodeCascader key={String(tree.ready)} id={id} title={String(schema.title ?? "")} roots={tree.roots} path={tree.pathOf(v.code)}
        levels={levels} levelLabels={tree.labels} childrenOf={tree.childrenOf}
        value={v.code} disabled={disabled || readonly} invalid={codeErrors.length > 0} onChange={(code) => set({ ...v, code })} onBlur={() => onBlur(id, v)} />
      {codeErrors.length > 0 && <p className="field__error-inline">{codeErrors.join(t("common.clauseSeparator"))}</p>}
      <label className="composite__label" htmlFor={`${id}__detail`}>{t("fk.detail")}</label>
      <input id={`${id}__detail`} className="form-control" type="text" maxLength={200} placeholder={t("fk.detailHint")} value={v.detail ?? ""}
        disabled={disabled} readOnly={readonly} aria-invalid={detailErrors.length > 0 || undefined} autoComplete="street-address"
        onChange={(e) => set({ ...v, detail: e.target.value })} onBlur={() => onBlur(id, v)} />
      {detailErrors.length > 0 && <p className="field__error-inline">{detailErrors.join(t("common.clauseSeparator"))}</p>}
    </div>
  );
}

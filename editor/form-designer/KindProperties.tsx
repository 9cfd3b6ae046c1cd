// Properties of a field kind in the form designer (spec/fields): region levels, amount unit and decimals, date
// bounds, 长期, classification list (GB/T 4754 or an uploaded CSV/JSON code list), enterprise-name words, the
// computed rule (JSON Logic) and table constraints — each checked as it is entered, with the problem named.
import { useState } from "react";
import { checkCondition } from "../../spec/conditions.js";
import { checkTableConstraints, fieldKindOf, KIND_BY_NAME, parseCodeList } from "../../spec/fields/index.js";
import type { Json } from "./model.js";
import { useMsg } from "../designers/common/lang.js";
import { useI18n } from "../i18n.js";

/** Props: the field schema and its setter. */
export function KindProperties({ field, onField, idPrefix }: { field: Json; onField(next: Json, label: string): void; idPrefix: string }) {
  const kind = fieldKindOf(field);
  const M = useMsg();
  const { t } = useI18n();
  const [problem, setProblem] = useState<string>();
  const opts = (field["x-options"] ?? {}) as Json;
  const setOpt = (k: string, v: unknown) => {
    const next = { ...opts };
    if (v === undefined || v === "" || v === false) delete next[k]; else next[k] = v;
    onField({ ...field, "x-options": next }, t("ed.fd.undo.kindOption", { option: k }));
  };
  const id = (p: string) => `${idPrefix}-kind-${p}`;
  const json = (key: "x-compute" | "x-constraints", text: string) => {
    if (!text.trim()) { const next = { ...field }; delete next[key]; onField(next, t(key === "x-compute" ? "ed.fd.undo.clearCompute" : "ed.fd.undo.clearConstraints")); setProblem(undefined); return; }
    let v: unknown;
    try { v = JSON.parse(text); } catch (e) { setProblem(t("ed.fd.jsonUnreadable", { error: (e as Error).message })); return; }
    const problems = key === "x-compute" ? checkCondition(v).map((p) => M(p.message)) : checkTableConstraints({ "x-constraints": v }).map((p) => t("ed.fd.constraintProblem", { n: p.index + 1, message: M(p.message) }));
    if (problems.length) { setProblem(problems.join(t("common.clauseSeparator"))); return; }
    setProblem(undefined);
    onField({ ...field, [key]: v }, t(key === "x-compute" ? "ed.fd.undo.setCompute" : "ed.fd.undo.setConstraints"));
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseCodeList(await file.text());
    if (!parsed.ok) { setProblem(parsed.problems.slice(0, 5).map((p) => t("ed.fd.codeListLine", { line: p.line, message: p.message })).join(t("common.clauseSeparator"))); return; }
    setProblem(undefined);
    onField({ ...field, "x-options": { ...opts, codes: parsed.entries, list: undefined } }, t("ed.fd.undo.importCodes", { n: parsed.entries.length }));
  };
  return (
    <div data-testid="kind-properties">
      <h4>{t("ed.fd.kindHeading", { kind: kind && KIND_BY_NAME.get(kind) ? M(KIND_BY_NAME.get(kind)!.label) : t("ed.fd.plainField") })}</h4>
      {(kind === "region" || kind === "address") && (
        <div className="field"><label htmlFor={id("levels")}>{t("ed.fd.levels")}</label>
          <select id={id("levels")} value={String(opts.levels ?? 3)} onChange={(e) => setOpt("levels", Number(e.target.value))}>
            {([1, 2, 3, 4] as const).map((n) => <option key={n} value={String(n)}>{t(`ed.fd.level.${n}`)}</option>)}
          </select></div>
      )}
      {kind === "money" && (
        <div className="field"><label htmlFor={id("unit")}>{t("ed.fd.unit")}</label>
          <select id={id("unit")} value={String(opts.unit ?? "元")} onChange={(e) => setOpt("unit", e.target.value)}>
            <option value="元">{t("ed.fd.unit.yuan")}</option><option value="万元">{t("ed.fd.unit.tenThousandYuan")}</option>
          </select></div>
      )}
      {(kind === "money" || kind === "percent") && (
        <div className="field"><label htmlFor={id("decimals")}>{t("ed.fd.decimals")}</label>
          <input id={id("decimals")} type="number" min={0} max={10} value={opts.decimals === undefined ? "" : String(opts.decimals)} onChange={(e) => setOpt("decimals", e.target.value === "" ? undefined : Number(e.target.value))} /></div>
      )}
      {kind === "date" && (
        <>
          <label className="choice"><input type="checkbox" checked={opts.notFuture === true} onChange={(e) => setOpt("notFuture", e.target.checked)} /> {t("ed.fd.notFuture")}</label>
          <label className="choice"><input type="checkbox" checked={opts.notPast === true} onChange={(e) => setOpt("notPast", e.target.checked)} /> {t("ed.fd.notPast")}</label>
          <div className="field"><label htmlFor={id("after")}>{t("ed.fd.after")}</label>
            <input id={id("after")} type="text" value={String(opts.after ?? "")} onChange={(e) => setOpt("after", e.target.value.trim())} /></div>
        </>
      )}
      {kind === "dateRange" && <label className="choice"><input type="checkbox" checked={opts.allowLongTerm !== false} onChange={(e) => setOpt("allowLongTerm", e.target.checked ? undefined : false)} /> {t("ed.fd.allowLongTerm")}</label>}
      {kind === "orgName" && (
        <div className="field"><label htmlFor={id("forbidden")}>{t("ed.fd.forbidden")}</label>
          <textarea id={id("forbidden")} rows={3} defaultValue={((opts.forbidden as string[] | undefined) ?? []).join("\n")} onBlur={(e) => setOpt("forbidden", e.target.value.split("\n").map((s) => s.trim()).filter(Boolean))} /></div>
      )}
      {kind === "classification" && (
        <div className="field"><label htmlFor={id("codes")}>{t("ed.fd.codes", { list: Array.isArray(opts.codes) ? t("ed.fd.codesImported", { n: (opts.codes as unknown[]).length }) : t("ed.fd.codesDefault") })}</label>
          <input id={id("codes")} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void upload(e.target.files?.[0])} />
          <p className="field__help">{t("ed.fd.codesHelp")}</p></div>
      )}
      {kind === "table" && (
        <div className="field"><label htmlFor={id("constraints")}>{t("ed.fd.constraints")}</label>
          <textarea id={id("constraints")} rows={4} defaultValue={field["x-constraints"] ? JSON.stringify(field["x-constraints"]) : ""} key={JSON.stringify(field["x-constraints"] ?? "")}
            placeholder={JSON.stringify([{ rule: { "==": [{ var: "sum.ratio" }, 100] }, message: t("ed.fd.constraintsExample") }])} onBlur={(e) => json("x-constraints", e.target.value)} /></div>
      )}
      {field.type !== "object" && field.type !== "array" && (
        <div className="field"><label htmlFor={id("compute")}>{t("ed.fd.compute")}</label>
          <textarea id={id("compute")} rows={2} defaultValue={field["x-compute"] ? JSON.stringify(field["x-compute"]) : ""} key={JSON.stringify(field["x-compute"] ?? "")}
            placeholder='{"cat":[{"var":"data.a"},"-",{"var":"data.b"}]}' onBlur={(e) => json("x-compute", e.target.value)} />
          <p className="field__help">{t("ed.fd.computeHelp", { dateAdd: `{"date_add":[${t("ed.fd.computeDate")}, ${t("ed.fd.computeAmount")}, "days|weeks|months|years"]}`, today: '{"today":[]}' })}</p></div>
      )}
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </div>
  );
}

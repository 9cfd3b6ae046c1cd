// Properties of a field kind in the form designer (spec/fields): region levels, amount unit and decimals, date
// bounds, 长期, classification list (GB/T 4754 or an uploaded CSV/JSON code list), enterprise-name words, the
// computed rule (JSON Logic) and table constraints — each checked as it is entered, with the problem named.
import { useState } from "react";
import { checkCondition } from "../../spec/conditions.js";
import { checkTableConstraints, fieldKindOf, KIND_BY_NAME, parseCodeList } from "../../spec/fields/index.js";
import type { Json } from "./model.js";
import { useMsg } from "../designers/common/lang.js";

/** Props: the field schema and its setter. */
export function KindProperties({ field, onField, idPrefix }: { field: Json; onField(next: Json, label: string): void; idPrefix: string }) {
  const kind = fieldKindOf(field);
  const M = useMsg();
  const [problem, setProblem] = useState<string>();
  const opts = (field["x-options"] ?? {}) as Json;
  const setOpt = (k: string, v: unknown) => {
    const next = { ...opts };
    if (v === undefined || v === "" || v === false) delete next[k]; else next[k] = v;
    onField({ ...field, "x-options": next }, `修改字段类型选项 ${k}`);
  };
  const id = (p: string) => `${idPrefix}-kind-${p}`;
  const json = (key: "x-compute" | "x-constraints", text: string) => {
    if (!text.trim()) { const next = { ...field }; delete next[key]; onField(next, `清除${key === "x-compute" ? "计算规则" : "表格约束"}`); setProblem(undefined); return; }
    let v: unknown;
    try { v = JSON.parse(text); } catch (e) { setProblem(`JSON 无法解析：${(e as Error).message}`); return; }
    const problems = key === "x-compute" ? checkCondition(v).map((p) => M(p.message)) : checkTableConstraints({ "x-constraints": v }).map((p) => `第 ${p.index + 1} 条：${M(p.message)}`);
    if (problems.length) { setProblem(problems.join("；")); return; }
    setProblem(undefined);
    onField({ ...field, [key]: v }, key === "x-compute" ? "设置计算规则" : "设置表格约束");
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseCodeList(await file.text());
    if (!parsed.ok) { setProblem(parsed.problems.slice(0, 5).map((p) => `第 ${p.line} 行：${p.message}`).join("；")); return; }
    setProblem(undefined);
    onField({ ...field, "x-options": { ...opts, codes: parsed.entries, list: undefined } }, `导入代码表（${parsed.entries.length} 项）`);
  };
  return (
    <div data-testid="kind-properties">
      <h4>字段类型：{kind ? KIND_BY_NAME.get(kind)?.label.zh : "普通字段"}</h4>
      {(kind === "region" || kind === "address") && (
        <div className="field"><label htmlFor={id("levels")}>选择到</label>
          <select id={id("levels")} value={String(opts.levels ?? 3)} onChange={(e) => setOpt("levels", Number(e.target.value))}>
            <option value="1">省级</option><option value="2">地市级</option><option value="3">区县级</option><option value="4">街道（乡镇）级</option>
          </select></div>
      )}
      {kind === "money" && (
        <div className="field"><label htmlFor={id("unit")}>单位</label>
          <select id={id("unit")} value={String(opts.unit ?? "元")} onChange={(e) => setOpt("unit", e.target.value)}>
            <option value="元">元</option><option value="万元">万元</option>
          </select></div>
      )}
      {(kind === "money" || kind === "percent") && (
        <div className="field"><label htmlFor={id("decimals")}>小数位数</label>
          <input id={id("decimals")} type="number" min={0} max={10} value={opts.decimals === undefined ? "" : String(opts.decimals)} onChange={(e) => setOpt("decimals", e.target.value === "" ? undefined : Number(e.target.value))} /></div>
      )}
      {kind === "date" && (
        <>
          <label className="choice"><input type="checkbox" checked={opts.notFuture === true} onChange={(e) => setOpt("notFuture", e.target.checked)} /> 不能晚于今天</label>
          <label className="choice"><input type="checkbox" checked={opts.notPast === true} onChange={(e) => setOpt("notPast", e.target.checked)} /> 不能早于今天</label>
          <div className="field"><label htmlFor={id("after")}>不能早于字段（同组键名）</label>
            <input id={id("after")} type="text" value={String(opts.after ?? "")} onChange={(e) => setOpt("after", e.target.value.trim())} /></div>
        </>
      )}
      {kind === "dateRange" && <label className="choice"><input type="checkbox" checked={opts.allowLongTerm !== false} onChange={(e) => setOpt("allowLongTerm", e.target.checked ? undefined : false)} /> 允许“长期”</label>}
      {kind === "orgName" && (
        <div className="field"><label htmlFor={id("forbidden")}>禁用字词（每行一个）</label>
          <textarea id={id("forbidden")} rows={3} defaultValue={((opts.forbidden as string[] | undefined) ?? []).join("\n")} onBlur={(e) => setOpt("forbidden", e.target.value.split("\n").map((s) => s.trim()).filter(Boolean))} /></div>
      )}
      {kind === "classification" && (
        <div className="field"><label htmlFor={id("codes")}>代码表：{Array.isArray(opts.codes) ? `已导入 ${(opts.codes as unknown[]).length} 项` : "GB/T 4754 国民经济行业分类"}</label>
          <input id={id("codes")} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void upload(e.target.files?.[0])} />
          <p className="field__help">CSV 表头含「代码」「名称」，可选「上级代码」；或 JSON 数组 [{"{"}code, name, parent{"}"}]。</p></div>
      )}
      {kind === "table" && (
        <div className="field"><label htmlFor={id("constraints")}>表格约束（JSON，rule 为 JSON Logic，可读 rows、count、sum.列名）</label>
          <textarea id={id("constraints")} rows={4} defaultValue={field["x-constraints"] ? JSON.stringify(field["x-constraints"]) : ""} key={JSON.stringify(field["x-constraints"] ?? "")}
            placeholder='[{"rule":{"==":[{"var":"sum.ratio"},100]},"message":"出资比例合计应为 100%"}]' onBlur={(e) => json("x-constraints", e.target.value)} /></div>
      )}
      {field.type !== "object" && field.type !== "array" && (
        <div className="field"><label htmlFor={id("compute")}>计算规则（JSON Logic，可读 data、answers、row；填写后申请人不能修改）</label>
          <textarea id={id("compute")} rows={2} defaultValue={field["x-compute"] ? JSON.stringify(field["x-compute"]) : ""} key={JSON.stringify(field["x-compute"] ?? "")}
            placeholder='{"cat":[{"var":"data.a"},"-",{"var":"data.b"}]}' onBlur={(e) => json("x-compute", e.target.value)} />
          <p className="field__help">日期运算：{'{"date_add":[日期, 数量, "days|weeks|months|years"]}'}、years_between（周岁）、days_between（天数）、{'{"today":[]}'}（北京时间今天）。</p></div>
      )}
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </div>
  );
}

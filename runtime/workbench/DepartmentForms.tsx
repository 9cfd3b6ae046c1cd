// 本部门表单: the items of the viewer's department in this case, each as its own form with the applicant's data in
// that form's field names, sections and wording of choices (GET /api/applications/:id/items, split on the server
// from the one smart form) — what the department's own paper form would have said. Sensitive values stay masked as
// in the case; once revealed there (RevealPanel), the revealed value shows here too.
import type { ApplicationView, CaseItemDataView, CaseItemsView } from "../../spec/api.js";
import { getAtPointer, setAtPointer } from "../../spec/pointer.js";
import { formatDate, formatDateTime, useI18n, type Lang } from "../shared/i18n.js";
import { optionLabel } from "../shared/option-label.js";
import { useDepartmentName } from "../shared/departments.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading } from "../shared/ui.js";
import { formRows, type FormRow } from "./item-form-rows.js";

type T = ReturnType<typeof useI18n>["t"];

/** A date, a time or a 起止日期 range in words of the UI language (2026年12月8日 / 8 Dec 2026). */
function shownDate(t: T, lang: Lang, row: Extract<FormRow, { kind: "field" }>): string {
  const v = row.value;
  if (row.date === "dateRange") {
    const r = (v && typeof v === "object" ? v : {}) as { start?: string; end?: string; longTerm?: boolean };
    const end = r.longTerm ? t("fk.longTerm") : formatDate(r.end, lang);
    return r.start || end ? t("wb.deptForms.range", { start: formatDate(r.start, lang), end }) : "";
  }
  if (typeof v !== "string") return "";
  return row.date === "dateTime" ? formatDateTime(v, lang) : formatDate(v, lang);
}

/** A value as read in the form: a choice by its title, several choices joined, yes/no, a file by its name, a date in words. */
function shown(t: T, lang: Lang, row: Extract<FormRow, { kind: "field" }>): string {
  if (row.date) return shownDate(t, lang, row);
  const one = (v: unknown): string => {
    if (v === undefined || v === null || v === "") return "";
    if (typeof v === "boolean") return v ? t("wb.deptForms.yes") : t("wb.deptForms.no");
    if (typeof v === "string" && v.startsWith("data:")) {
      const name = /;name=([^;,]*)/.exec(v)?.[1];
      return t("wb.deptForms.file", { name: name ? decodeURIComponent(name) : "" });
    }
    return typeof v === "object" ? JSON.stringify(v) : optionLabel(String(v), lang);
  };
  if (row.choiceTitle) return optionLabel(row.choiceTitle, lang);
  return Array.isArray(row.value) ? row.value.map(one).filter(Boolean).join(t("common.listSeparator")) : one(row.value);
}

/** Fields in a definition list; each section or table row under its own heading (h4 … h6). */
function Rows({ rows, level, idBase }: { rows: FormRow[]; level: number; idBase: string }) {
  const { t, lang } = useI18n();
  const runs: Array<FormRow[] | Extract<FormRow, { kind: "group" }>> = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (r.kind === "group") runs.push(r);
    else if (Array.isArray(last)) last.push(r);
    else runs.push([r]);
  }
  const Heading = (`h${Math.min(level, 6)}`) as "h4" | "h5" | "h6";
  const empty = <span className="muted">{t("wb.deptForms.empty")}</span>;
  return (
    <>
      {runs.map((run) => Array.isArray(run) ? (
        <dl key={run[0]!.pointer} className="facts item-form__fields">
          {run.map((r) => r.kind === "field" && (
            <div key={r.pointer} className="item-form__field"><dt>{r.label}</dt><dd data-pointer={r.pointer}>{shown(t, lang, r) || empty}</dd></div>
          ))}
        </dl>
      ) : (
        <div key={run.pointer} className="item-form__group" role="group" aria-labelledby={`${idBase}${run.pointer}`}>
          <Heading id={`${idBase}${run.pointer}`}>{run.label}</Heading>
          {run.rows.length ? <Rows rows={run.rows} level={level + 1} idBase={idBase} /> : <p>{empty}</p>}
        </div>
      ))}
    </>
  );
}

function ItemForm({ item, app }: { item: CaseItemDataView; app: ApplicationView }) {
  const { t } = useI18n();
  const deptName = useDepartmentName();
  // a masked value shows as the case has it now: masked, or revealed in the case's reveal panel
  const data = structuredClone(item.data);
  for (const m of item.masked) {
    const now = getAtPointer(app.data, m.casePointer);
    if (now !== undefined) setAtPointer(data, m.pointer, now);
  }
  const rows = formRows(item.form.schema, item.form.uiSchema, data, (n) => t("wb.deptForms.row", { n }));
  const titleId = `dept-form-${item.item}`;
  return (
    <section className="item-form__item" aria-labelledby={titleId}>
      <h3 id={titleId}>{item.name} <span className="muted small">· {deptName(item.department) || item.deptName}</span></h3>
      {item.viaTask && <p className="muted small">{t("wb.deptForms.viaTask", { task: item.viaTask, department: deptName(item.department) || item.deptName })}</p>}
      {item.masked.length > 0 && <p className="muted small">{t("wb.deptForms.masked", { fields: item.masked.map((m) => m.label).join(t("common.listSeparator")), reveal: t("pv.title") })}</p>}
      <Rows rows={rows} level={4} idBase={`${titleId}-`} />
    </section>
  );
}

/** The panel; reloads when the case changes (a correction changes what the forms say). */
export function DepartmentForms({ app }: { app: ApplicationView }) {
  const { t } = useI18n();
  const { data, error, loading } = useApi<CaseItemsView>(`/api/applications/${encodeURIComponent(app.id)}/items?rev=${app.timeline.length}`);
  const applying = data?.items.filter((i) => i.applies) ?? [];
  const notApplying = data?.items.filter((i) => !i.applies) ?? [];
  return (
    <section className="card" aria-labelledby="dept-forms-title">
      <h2 id="dept-forms-title">{t("wb.deptForms.title")}</h2>
      {loading && !data && <Loading />}
      {error && <ErrorBox error={error} />}
      {data && (
        <>
          <p className="muted small">{data.items.length ? t("wb.deptForms.intro") : t("wb.deptForms.none")}</p>
          {applying.map((item) => <ItemForm key={item.item} item={item} app={app} />)}
          {notApplying.map((item) => <p key={item.item} className="muted">{t("wb.deptForms.notApplicable", { name: item.name })}</p>)}
        </>
      )}
    </section>
  );
}

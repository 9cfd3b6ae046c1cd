// The smart form (一表申报) renderer: the published spec's form → effective schema for this situation →
// one rjsf Form per section (only the current section is mounted), section nav + progress, validation on blur
// and on leaving a section, an error summary with links at submit, and the server's field errors at their
// fields. The same component renders a submitted application read-only for the workbench.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import Form, { type IChangeEvent } from "@rjsf/core";
import { englishStringTranslator, TranslatableString } from "@rjsf/utils";
import type { SmartForm } from "../../../spec/bundle.js";
import type { ProblemDetail } from "../../../spec/api.js";
import { compileForm, validateFormData } from "../../../spec/form-data.js";
import { pruneHidden } from "../../../spec/form-rules.js";
import { getAtPointer } from "../../../spec/pointer.js";
import { translate, useI18n } from "../i18n.js";
import { fields, widgets } from "../../widgets/index.js";
import { applyComputed } from "../../../spec/fields/compute.js";
import { useDerivedLocks } from "./derived.js";
import { templates } from "./templates.js";
import { validator } from "./validator.js";
import { useEffectiveForm } from "./effective.js";
import { useStableSections, type Section } from "./sections.js";
import { errorSchemaFor, schemaAt, serverFieldErrors, type ShownError } from "./errors.js";
import { fieldIdOf, focusField, ID_ROOT, sectionOf } from "./ids.js";
import { fieldMessage } from "./messages.js";
import { formLeaves } from "./leaves.js";
import { SectionNav } from "./SectionNav.js";
import { ErrorSummary, focusOutside, type OutsideProblem } from "./ErrorSummary.js";
import type { Json } from "../../../spec/common.js";


/** Props of the smart form. */
export interface SmartFormViewProps {
  form: Pick<SmartForm, "schema" | "uiSchema" | "rules">;
  answers: Json;
  data: Json;
  onChange?(data: Json): void;
  /** "view" renders read-only (workbench, application detail). */
  mode?: "edit" | "view";
  /** Field problems of the server's last 400 answer. */
  serverProblems?: ProblemDetail[];
  /** Called with the data (hidden fields removed) once every field is valid. */
  onSubmit?(data: Json): void;
  submitting?: boolean;
  /** Extra buttons on the action bar (e.g. "修改情形"). */
  actions?: ReactNode;
  /** Label of the final button (default "提交申请"). */
  submitLabel?: string;
  /** Problems outside the form (materials, delivery) that also block the submit: listed first in the summary. */
  outsideProblems?: OutsideProblem[];
  /** Called on every final submit attempt (valid or not), so the page can show its own problems too. */
  onSubmitAttempt?(): void;
}

/** Initial data: an empty object per section (shown or not), so "required" errors point at fields, not at sections. */
function withSections(data: Json, schema: Json, sections: Section[]): Json {
  if (sections.length === 1 && sections[0]!.key === "") return data;
  let out = data;
  for (const key of Object.keys((schema.properties ?? {}) as Json)) if (!out[key] || typeof out[key] !== "object") out = { ...out, [key]: {} };
  return out;
}

/** The sectioned smart form. */
export function SmartFormView({ form, answers, data: given, onChange, mode = "edit", serverProblems, onSubmit, submitting, actions, submitLabel, outsideProblems = [], onSubmitAttempt }: SmartFormViewProps) {
  const { t, lang } = useI18n();
  const readOnly = mode === "view";
  const effective = useDerivedLocks(useEffectiveForm(form, answers, given), given);
  const sections = useStableSections(effective.schema, form.uiSchema as Json | undefined, t("form.title"));
  // The current section by key: a rule that empties or fills an earlier section must not move the applicant.
  const [at, setAt] = useState<{ key: string; index: number }>({ key: sections[0]!.key, index: 0 });
  const found = sections.findIndex((s) => s.key === at.key);
  const current = found >= 0 ? found : Math.min(at.index, sections.length - 1);
  const setCurrent = (i: number) => setAt({ key: sections[i]!.key, index: i });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summary, setSummary] = useState<"none" | "section" | "all">("none");
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // A blocked submit focuses its first problem rather than the summary (the summary is announced as an alert).
  const focusedProblem = useRef(false);
  // Every section present (possibly empty), so its required fields are checked even before it is visited; computed
  // and ID-derived values filled from the start (a prefilled ID number locks 性别 / 出生日期 at once, so they must show
  // their values before anything is typed, #13).
  const data = useMemo(() => (readOnly ? given : applyComputed(effective.schema, withSections(given, effective.schema, sections), answers)), [given, sections, readOnly, effective.schema, answers]);
  const section = sections[current]!;
  const sectioned = section.key !== "";

  // Client validation with the very same function the server runs, against the same effective schema. Nothing
  // is shown before a field is touched, a section visited or a submit tried, so the first paint does not wait for
  // the validator: it is compiled when the browser is idle.
  const validating = !readOnly && (submitted || touched.size > 0 || visited.size > 0);
  useEffect(() => {
    if (readOnly) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => compileForm(effective.schema));
    return () => cancel(handle);
  }, [effective.schema, readOnly]);
  const validateNow = useCallback(
    (): ShownError[] => validateFormData(effective.schema, data).map((e) => ({
      pointer: e.pointer, field: e.field, source: "client" as const,
      message: fieldMessage(e, schemaAt(effective.schema, e.pointer), lang),
    })),
    [effective.schema, data, lang],
  );
  const clientErrors = useMemo<ShownError[]>(() => (validating ? validateNow() : []), [validating, validateNow]);

  // Server errors stay until the applicant changes the field they point at.
  const serverSnapshot = useMemo(() => {
    const list = serverFieldErrors(serverProblems ?? [], sections.map((s) => s.key));
    return list.map((e) => ({ e, value: JSON.stringify(safeGet(data, e.pointer)) ?? "" }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- snapshot taken when the server answers
  }, [serverProblems]);
  const serverErrors = serverSnapshot.filter((s) => (JSON.stringify(safeGet(data, s.e.pointer)) ?? "") === s.value).map((s) => s.e);

  const isShown = useCallback(
    (e: ShownError) => e.source === "server" || submitted || visited.has(sectionOf(e.pointer)) || touched.has(fieldIdOf(e.pointer)),
    [submitted, visited, touched],
  );
  // Errors listed in the order the applicant meets the fields: section order, then field order within it.
  const order = useMemo(() => {
    const index = new Map<string, number>();
    sections.forEach((s, si) => formLeaves(s.schema, s.key ? [s.key] : []).forEach((l, li) => index.set(l.pointer, si * 100_000 + li)));
    return (pointer: string) => {
      for (let p = pointer; p; p = p.slice(0, p.lastIndexOf("/"))) {
        const i = index.get(p);
        if (i !== undefined) return i;
      }
      return Number.MAX_SAFE_INTEGER;
    };
  }, [sections]);
  const shown = useMemo(
    () => [...serverErrors, ...clientErrors.filter(isShown)].sort((a, b) => order(a.pointer) - order(b.pointer)),
    [serverErrors, clientErrors, isShown, order],
  );
  const shownKey = JSON.stringify(shown.map((e) => [e.pointer, e.message]));
  const extraErrors = useMemo(() => errorSchemaFor(shown, section.key), [shownKey, section.key]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed on the errors' text, so an equal list keeps rjsf's error schema stable

  const inSection = (e: ShownError, s: Section) => !s.key || sectionOf(e.pointer) === s.key;
  const errorCounts = sections.map((s) => shown.filter((e) => inSection(e, s)).length);
  const done = sections.map((s) => visited.has(s.key) && !clientErrors.some((e) => inSection(e, s)));

  const sectionData = (sectioned ? (data[section.key] as Json | undefined) : data) ?? {};
  const handleChange = useCallback(
    (e: IChangeEvent) => {
      if (!onChange) return;
      const next = section.key ? { ...data, [section.key]: e.formData ?? {} } : (e.formData as Json);
      // Computed and ID-derived fields follow what was typed (the server recomputes them at submit).
      onChange(applyComputed(effective.schema, next, answers));
    },
    [onChange, data, section.key, effective.schema, answers],
  );
  const handleBlur = useCallback((id: string) => setTouched((prev) => (prev.has(id) ? prev : new Set(prev).add(id))), []);
  const translateString = useMemo(() => rjsfTranslator(lang), [lang]);

  // After a section switch: focus the pending field, else the section heading (not on the first render: the page
  // opens at its top, the form may be below materials).
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) {
      switched.current = true;
      return;
    }
    const p = pendingFocus.current;
    pendingFocus.current = null;
    if (p) {
      if (!focusField(p)) headingRef.current?.focus();
    } else if (summary === "none") headingRef.current?.focus({ preventScroll: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus moves only when the section changes
  }, [current]);
  useEffect(() => {
    if (summary !== "none" && !focusedProblem.current) summaryRef.current?.focus();
    focusedProblem.current = false;
  }, [summary, submitted]);

  const goTo = (i: number) => {
    if (i === current) return;
    setVisited((prev) => new Set(prev).add(section.key));
    setSummary((s) => (s === "all" ? s : "none"));
    setCurrent(i);
    window.scrollTo({ top: 0 });
  };
  const jump = (pointer: string) => {
    const i = sections.findIndex((s) => !s.key || s.key === sectionOf(pointer));
    if (i < 0 || i === current) {
      focusField(pointer);
      return;
    }
    pendingFocus.current = pointer;
    goTo(i);
  };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (readOnly) return;
    if (current < sections.length - 1) {
      // "下一步": validate the section being left; stay when it has errors.
      setVisited((prev) => new Set(prev).add(section.key));
      const own = (validating ? clientErrors : validateNow()).filter((e) => inSection(e, section));
      if (own.length) {
        setSummary("section");
        return;
      }
      goTo(current + 1);
      return;
    }
    setSubmitted(true);
    onSubmitAttempt?.();
    setVisited(new Set(sections.map((s) => s.key)));
    const errors = [...serverErrors, ...(validating ? clientErrors : validateNow())].sort((a, b) => order(a.pointer) - order(b.pointer));
    if (errors.length || outsideProblems.length) {
      setSummary("all");
      focusedProblem.current = true;
      if (outsideProblems.length) focusOutside(outsideProblems[0]!.id);
      else jump(errors[0]!.pointer);
      return;
    }
    setSummary("none");
    onSubmit?.(pruneHidden(data, effective.hidden));
  };

  const sectionTitleOf = (pointer: string) => (sectioned ? sections.find((s) => s.key === sectionOf(pointer))?.title ?? "" : "");
  const summaryErrors = summary === "all" ? shown : summary === "section" ? shown.filter((e) => inSection(e, section)) : [];
  const summaryOutside = summary === "all" ? outsideProblems : [];
  const summaryCount = summaryErrors.length + summaryOutside.length;
  const last = current === sections.length - 1;

  return (
    <form className="smart-form" noValidate onSubmit={submit} aria-labelledby="section-title">
      {summaryCount > 0 && (
        <ErrorSummary
          ref={summaryRef}
          errors={summaryErrors}
          outside={summaryOutside}
          title={summary === "all" ? t("form.summaryTitle", { n: summaryCount }) : t("form.sectionErrors", { n: summaryCount })}
          sectionTitle={summary === "all" ? sectionTitleOf : () => ""}
          onJump={jump}
        />
      )}
      <div className={sections.length > 1 ? "form-layout" : undefined}>
        {sections.length > 1 && <SectionNav sections={sections} current={current} done={done} errorCounts={errorCounts} onSelect={goTo} showProgress={!readOnly} />}
        <div className="card">
          {sections.length > 1 && <p className="small muted">{t("form.section", { i: current + 1, n: sections.length })}</p>}
          <h2 id="section-title" ref={headingRef} tabIndex={-1}>{section.title}</h2>
          <Form
            key={section.key}
            tagName="div"
            schema={section.schema}
            uiSchema={section.uiSchema}
            formData={sectionData}
            validator={validator}
            widgets={widgets}
            fields={fields}
            templates={templates}
            idPrefix={section.key ? `${ID_ROOT}_${section.key}` : ID_ROOT}
            idSeparator="_"
            extraErrors={extraErrors}
            showErrorList={false}
            noHtml5Validate
            readonly={readOnly}
            translateString={translateString}
            onChange={handleChange}
            onBlur={handleBlur}
          >
            <></>
          </Form>
          <div className="form-actions">
            {current > 0 ? (
              <button type="button" className="btn" onClick={() => goTo(current - 1)}>{t("form.prev")}</button>
            ) : null}
            {actions}
            <span className="spacer" />
            {!last && (
              readOnly
                ? <button type="button" className="btn btn--primary" onClick={() => goTo(current + 1)}>{t("form.next")}</button>
                : <button type="submit" className="btn btn--primary">{t("form.next")}</button>
            )}
            {last && !readOnly && (
              <button type="submit" className="btn btn--primary" disabled={submitting} aria-disabled={submitting}>
                {submitting ? t("form.submitting") : submitLabel ?? t("form.submit")}
              </button>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}

function safeGet(data: Json, pointer: string): unknown {
  try {
    return getAtPointer(data, pointer);
  } catch {
    return undefined;
  }
}

/** rjsf's own strings (array buttons, …) in the UI language. */
function rjsfTranslator(lang: "zh-CN" | "en") {
  const zh: Partial<Record<TranslatableString, string>> = {
    [TranslatableString.AddItemButton]: translate("form.addItem", undefined, lang),
    [TranslatableString.AddButton]: translate("form.addItem", undefined, lang),
    [TranslatableString.RemoveButton]: translate("form.removeItem", undefined, lang),
    [TranslatableString.MoveUpButton]: translate("form.moveUp", undefined, lang),
    [TranslatableString.MoveDownButton]: translate("form.moveDown", undefined, lang),
    [TranslatableString.CopyButton]: translate("form.copy", undefined, lang),
  };
  return (s: TranslatableString, params?: string[]) => zh[s] ?? englishStringTranslator(s, params);
}

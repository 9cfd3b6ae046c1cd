// The catalogue's import panel (for the catalogue page; catui places it): choose an .xlsx or JSON file, it is checked
// at once (a dry run with a progress bar), every problem is shown with its sheet, row and column, the user may choose to
// import only the valid items, and the import itself shows its progress and ends with what was created and updated.
import { useRef, useState } from "react";
import type { ImportReport } from "../../../spec/catalogue/import.js";
import type { ApiRequestError } from "../../../runtime/shared/api.js";
import { useI18n } from "../../i18n.js";
import { ErrorBox } from "../../../runtime/shared/ui.js";
import { ImportProblems } from "./ImportProblems.js";
import { ImportProgress } from "./ImportProgress.js";
import { ImportSummary } from "./ImportSummary.js";
import { streamImport } from "./import-client.js";
import "./io.css";

type Step =
  | { kind: "idle" }
  | { kind: "running"; dryRun: boolean; fraction: number; phase: string }
  | { kind: "checked"; report: ImportReport }
  | { kind: "done"; report: ImportReport }
  | { kind: "failed"; error: ApiRequestError; report?: ImportReport };

/** Props: called after an import wrote something (e.g. to reload the catalogue list). */
export function CatalogueImport({ onImported }: { onImported?: (report: ImportReport) => void }) {
  const { t } = useI18n();
  const { lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [validOnly, setValidOnly] = useState(false);

  const run = async (f: File, dryRun: boolean) => {
    setStep({ kind: "running", dryRun, fraction: 0, phase: "read" });
    const out = await streamImport(f, { dryRun, validOnly: !dryRun && validOnly }, lang, (fraction, phase) => setStep({ kind: "running", dryRun, fraction, phase }));
    if (!out.ok) return setStep({ kind: "failed", error: out.error, ...(out.report ? { report: out.report } : {}) });
    setStep(dryRun ? { kind: "checked", report: out.report } : { kind: "done", report: out.report });
    if (!dryRun && out.report.written) onImported?.(out.report);
  };
  const choose = (f: File | undefined) => {
    setFile(f);
    setValidOnly(false);
    if (f) void run(f, true);
    else setStep({ kind: "idle" });
  };
  const again = () => {
    setFile(undefined);
    setStep({ kind: "idle" });
    if (input.current) input.current.value = "";
  };
  const report = step.kind === "checked" || step.kind === "done" ? step.report : step.kind === "failed" ? step.report : undefined;
  const checked = step.kind === "checked" ? step.report : undefined;
  const toWrite = checked ? checked.create + checked.update : 0;
  const canImport = !!checked && !checked.fileError && toWrite > 0 && (checked.invalid === 0 || validOnly);

  return (
    <section className="cat-io" aria-labelledby="cat-import-title">
      <h2 id="cat-import-title">{t("ed.io.importTitle")}</h2>
      <p className="field__help">
        {t("ed.io.importHelp")}{" "}
        <a href="/api/items/import-template.xlsx" download>{t("ed.io.template")}</a>
      </p>
      <div className="field">
        <label htmlFor="cat-import-file">{t("ed.io.chooseFile")}</label>
        <input id="cat-import-file" ref={input} type="file" accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={step.kind === "running"} onChange={(ev) => choose(ev.target.files?.[0])} />
        {file && <p className="field__help">{t("ed.io.chosen", { name: file.name })}</p>}
      </div>
      {step.kind === "running" && <ImportProgress fraction={step.fraction} phase={step.phase} dryRun={step.dryRun} />}
      {step.kind === "failed" && !step.report && <ErrorBox error={step.error} />}
      {step.kind === "failed" && step.report && <p className="alert alert--error" role="alert">{step.error.message}</p>}
      {report && <ImportSummary report={report} done={step.kind === "done"} />}
      {report && <ImportProblems report={report} />}
      {checked && checked.invalid > 0 && checked.valid > 0 && !checked.fileError && (
        <div className="field cat-io__choice">
          <label className="cat-io__check">
            <input type="checkbox" checked={validOnly} onChange={(ev) => setValidOnly(ev.target.checked)} />{" "}
            {t("ed.io.skipInvalid", { n: checked.valid, m: checked.invalid })}
          </label>
          {!validOnly && <p className="field__help">{t("ed.io.allOrNothing")}</p>}
        </div>
      )}
      <div className="cat-io__actions">
        {checked && (
          <button type="button" className="btn btn--primary" disabled={!canImport} onClick={() => file && void run(file, false)}>
            {toWrite > 0 ? t("ed.io.importN", { n: toWrite }) : t("ed.io.nothing")}
          </button>
        )}
        {file && step.kind !== "running" && <button type="button" className="btn" onClick={again}>{step.kind === "done" ? t("ed.io.another") : t("ed.io.chooseAgain")}</button>}
      </div>
    </section>
  );
}

// Results at the one exit (一口出件) for the applicant: once issued, each department's result document can be
// downloaded (the server lets only the applicant and the case's staff fetch them): the department's own file when it
// attached one (its name and size shown), else the electronic result notice.
import type { ApplicationResultsView } from "../../spec/api.js";
import { formatDateTime, useI18n, type MessageKey } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";
import { useDepartmentName } from "../shared/departments.js";
import { fileSize } from "../shared/upload.js";

/** The results card; hidden while no department has a result document and nothing was issued. */
export function ResultsPanel({ appId, status }: { appId: string; status: string }) {
  const { t, lang } = useI18n();
  const deptName = useDepartmentName();
  const { data } = useApi<ApplicationResultsView>(`/api/applications/${encodeURIComponent(appId)}/results?s=${status}`);
  if (!data || (!data.issued && !data.results.length)) return null;
  return (
    <section className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t("res.title")}</h2>
      {data.issued
        ? <p>{t(data.results.length ? "res.issued" : "res.issuedOnly", { at: formatDateTime(data.issuedAt, lang), delivery: data.delivery ? t(`res.delivery.${data.delivery}` as MessageKey) : "" })}</p>
        : <p className="muted">{t("res.pending")}</p>}
      {data.results.length === 0 && <p className="muted">{t("res.none")}</p>}
      <ul className="result-list">
        {data.results.map((r) => (
          <li key={r.index} className="row">
            <span><strong>{r.name}</strong><span className="muted small"> · {deptName(r.department)} · {r.document}</span>
              <span className="muted small result-file"> · {r.file ? t("res.file", { name: r.file.name, size: fileSize(r.file.size) }) : t("res.generated")}</span></span>
            {r.url && <a className="btn btn--primary" href={r.url} download={r.file?.name ?? ""}
              aria-label={r.file ? t("res.downloadFile", { name: r.file.name }) : `${t("res.download")} ${r.name}`}>{t("res.download")}</a>}
          </li>
        ))}
      </ul>
    </section>
  );
}

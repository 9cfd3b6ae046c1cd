// The materials of a submitted application as the applicant and the handling staff see them: each file with its
// download link, and the 容缺 promise signed for a material to be supplied later.
import type { ApplicationMaterialsView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "./i18n.js";
import { useApi } from "./useApi.js";
import { fileSize } from "./upload.js";

/** The materials card of an application (nothing when the one-thing declares no materials). */
export function ApplicationMaterials({ appId, refreshKey }: { appId: string; refreshKey?: unknown }) {
  const { t, lang } = useI18n();
  const { data } = useApi<ApplicationMaterialsView>(`/api/applications/${encodeURIComponent(appId)}/materials${refreshKey ? `?r=${encodeURIComponent(String(refreshKey))}` : ""}`);
  if (!data || !data.materials.length) return null;
  return (
    <section className="card" aria-labelledby="app-materials-title">
      <h2 id="app-materials-title">{t("mat.title")}</h2>
      <ul className="material-list">
        {data.materials.map((m) => (
          <li key={m.key} className="material">
            <div className="material__head">
              <strong>{m.name}</strong>
              {m.promise && m.attachments.length ? <span className="badge badge--done">{t("mat.suppliedLater")}</span>
                : m.promise ? <span className="badge badge--warning">{t("mat.promised")}</span>
                : m.attachments.length ? <span className="badge badge--done">{t("mat.uploaded")}</span>
                  : m.heldByGovernment ? <span className="muted small">{t("mat.held")}</span>
                    : <span className="muted small">{t("mat.none")}</span>}
            </div>
            {m.attachments.length > 0 && (
              <ul className="file-list">
                {m.attachments.map((a) => (
                  <li key={a.id} className="row"><a href={a.url} aria-label={t("mat.download", { name: a.name })}>{a.name}</a><span className="muted small">{fileSize(a.size)}</span></li>
                ))}
              </ul>
            )}
            {m.promise && (
              <details className="promise">
                <summary>{t("mat.promiseTitle")} · {t("mat.promiseSigned", { name: m.promise.signedName, at: formatDateTime(m.promise.signedAt, lang) })}</summary>
                <p className="promise__text">{m.promise.text}</p>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

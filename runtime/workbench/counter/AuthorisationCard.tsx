// The agent's authorisation letter (授权委托书): required when an agent files for a company; scanned or uploaded
// into the applicant's materials like any other file (the server checks its bytes and binds it to the case).
import type { AttachmentView } from "../../../spec/api.js";
import { api } from "../../shared/api.js";
import { fileSize } from "../../shared/upload.js";
import { MaterialFileInput } from "../../widgets/MaterialFileInput.js";
import { useI18n } from "../../shared/i18n.js";

/** The material key of the letter (server/counter/materials.ts). */
export const AUTHORISATION_KEY = "counter/authorisation";

/** The letter's card: its upload, or the uploaded file with a remove button. */
export function AuthorisationCard({ base, letter, onChange, showProblem }: { base: string; letter?: AttachmentView; onChange(a: AttachmentView | undefined): void; showProblem: boolean }) {
  const { t } = useI18n();
  const remove = async (a: AttachmentView) => {
    await api("DELETE", `${base}/attachments/${encodeURIComponent(a.id)}`).catch(() => undefined);
    onChange(undefined);
  };
  return (
    <section className="card materials" aria-labelledby="counter-letter-title">
      <h2 id="counter-letter-title">{t("counter.letterTitle")}</h2>
      <p className="muted">{t("counter.letterIntro")}</p>
      {letter ? (
        <ul className="file-list">
          <li className="row">
            <a href={letter.url}>{letter.name}</a><span className="muted small">{fileSize(letter.size)}</span>
            <button type="button" className="btn btn--danger" onClick={() => void remove(letter)} aria-label={`${t("counter.remove")} ${letter.name}`}>{t("counter.remove")}</button>
          </li>
        </ul>
      ) : (
        <>
          {showProblem && <p className="field__error" role="alert">{t("counter.letterMissing")}</p>}
          <MaterialFileInput id="counter-letter-file" label={t("counter.letterTitle")} uploadUrl={`${base}/attachments?material=${encodeURIComponent(AUTHORISATION_KEY)}`}
            accept={["application/pdf", "image/jpeg", "image/png"]} maxSizeMb={10} onUploaded={onChange} />
        </>
      )}
    </section>
  );
}

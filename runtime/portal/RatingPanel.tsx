// 好差评: once a case is finished the applicant rates the service (1–5) with an optional comment, once.
import { useEffect, useState, type FormEvent } from "react";
import { api, ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { ErrorBox } from "../shared/ui.js";

interface Rating { score: number; comment: string; at: string }

const FINISHED = new Set(["approved", "rejected", "completed"]);

/** The rating box of a finished application (nothing before it is finished). */
export function RatingPanel({ appId, status }: { appId: string; status: string }) {
  const { t, lang } = useI18n();
  const [rating, setRating] = useState<Rating | null>();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<ApiRequestError>();
  const [busy, setBusy] = useState(false);
  const finished = FINISHED.has(status);
  const [tried, setTried] = useState(false);
  // 不满意 (2) and 非常不满意 (1) need their reason, as the server requires.
  const needsReason = score > 0 && score <= 2;
  const reasonMissing = needsReason && !comment.trim();
  useEffect(() => {
    if (!finished) return;
    api<Rating>("GET", `/api/applications/${encodeURIComponent(appId)}/rating`)
      .then(setRating)
      .catch((e: unknown) => (e instanceof ApiRequestError && e.status === 404 ? setRating(null) : setError(e as ApiRequestError)));
  }, [appId, finished]);
  if (!finished || rating === undefined) return error ? <ErrorBox error={error} /> : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!score) return;
    if (reasonMissing) {
      document.getElementById("rating-comment")?.focus();
      return;
    }
    setBusy(true);
    try {
      setRating(await api<Rating>("POST", `/api/applications/${encodeURIComponent(appId)}/rating`, { score, comment: comment.trim() }));
    } catch (err) {
      setError(err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="rating-title">
      <h2 id="rating-title">{t("rate.title")}</h2>
      {rating ? (
        <p role="status">{t("rate.done", { score: rating.score, at: formatDateTime(rating.at, lang) })}{rating.comment ? `${t("common.labelSeparator")}${rating.comment}` : ""}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {error && <ErrorBox error={error} />}
          <fieldset>
            <legend>{t("rate.question")}</legend>
            <div className="choices">
              {[5, 4, 3, 2, 1].map((n) => (
                <label key={n} className="choice">
                  <input type="radio" name="score" checked={score === n} onChange={() => setScore(n)} />
                  {t(`rate.score.${n as 1 | 2 | 3 | 4 | 5}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="rating-comment">{needsReason ? t("rate.reason") : t("rate.comment")}</label>
            <textarea id="rating-comment" value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} required={needsReason}
              aria-invalid={tried && reasonMissing ? true : undefined} aria-describedby="rating-comment-error" />
            <p className="field__error" id="rating-comment-error" role={tried && reasonMissing ? "alert" : undefined}>{tried && reasonMissing ? t("rate.reasonRequired") : ""}</p>
          </div>
          <button type="submit" className="btn btn--primary" disabled={busy || !score}>{t("rate.submit")}</button>
        </form>
      )}
    </section>
  );
}

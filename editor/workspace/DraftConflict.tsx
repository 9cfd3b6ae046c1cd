// Shown when a save is refused because someone else saved the draft since it was loaded (tryout 10 #43): the
// server's message (who and when, Beijing time) and the two ways on — never a silent overwrite.
import { useI18n } from "../i18n.js";

/** The conflict notice with 重新载入 (discard mine, load theirs) and 仍然保存 (overwrite theirs knowingly). */
export function DraftConflict({ message, busy, onReload, onOverwrite }: { message: string; busy: boolean; onReload(): void; onOverwrite(): void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert--error draft-conflict" role="alert" data-testid="draft-conflict">
      <h2>{t("ed.conflict.title")}</h2>
      <p>{message}</p>
      <p>{t("ed.conflict.choose")}</p>
      <div className="actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={onReload}>{t("ed.conflict.reload")}</button>
        <button type="button" className="btn" disabled={busy} onClick={onOverwrite}>{t("ed.conflict.overwrite")}</button>
      </div>
    </div>
  );
}

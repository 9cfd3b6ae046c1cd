// Asking before unsaved work is left: while a screen is dirty, a change of screen inside the editor (a header or
// breadcrumb link, Back, navigate()) opens a modal dialog — 保存 / 不保存离开 / 取消 — and a reload or closing the tab
// gets the browser's own question.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { setLeaveGuard } from "../../runtime/shared/router.js";
import { useI18n } from "../i18n.js";

/** Guards a dirty screen; `save` resolves true once saved. Returns the dialog to render (null when none is asked);
 *  why: every editor route with unsaved changes asks the same way. */
export function useLeaveGuard(dirty: boolean, save: () => Promise<boolean>): ReactNode {
  const [target, setTarget] = useState<string>();
  const leaving = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onUnload);
    const remove = setLeaveGuard((to) => { if (leaving.current) return true; setTarget(to); return false; });
    return () => { window.removeEventListener("beforeunload", onUnload); remove(); };
  }, [dirty]);
  if (target === undefined) return null;
  const leave = () => { leaving.current = true; setTarget(undefined); window.location.hash = target; };
  return <LeaveDialog onCancel={() => setTarget(undefined)} onDiscard={leave}
    onSave={async () => { if (await save()) leave(); else setTarget(undefined); }} />;
}

function LeaveDialog({ onSave, onDiscard, onCancel }: { onSave(): Promise<void>; onDiscard(): void; onCancel(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className="leave-dialog" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-text"
      onCancel={(e) => { e.preventDefault(); onCancel(); }} data-testid="leave-dialog">
      <h2 id="leave-title">{t("ed.leave.title")}</h2>
      <p id="leave-text">{t("ed.leave.text")}</p>
      <div className="row leave-dialog__actions">
        <button type="button" className="btn btn--primary" autoFocus disabled={busy} onClick={() => { setBusy(true); void onSave().finally(() => setBusy(false)); }}>{t("ed.leave.save")}</button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={onDiscard}>{t("ed.leave.discard")}</button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>{t("ed.leave.cancel")}</button>
      </div>
    </dialog>
  );
}

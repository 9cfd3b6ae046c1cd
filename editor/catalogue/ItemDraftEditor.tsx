// The owning department's editor of a catalogue item's draft: the item editor's element tabs (editor/items), its
// situations (SituationsEditor), 保存草稿 (PUT the whole draft) and 发布新版本 with a change summary; the server's
// problems (every missing element, by pointer) are listed and each opens the field it concerns.
import { useState } from "react";
import type { ProblemDetail } from "../../spec/api.js";
import type { CatalogueItemView, PublishItemResult } from "../../spec/catalogue/api.js";
import type { ItemDraft } from "../../spec/catalogue/record.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { ItemEditor } from "../items/ItemEditor.js";
import { MaterialFiles } from "./MaterialFiles.js";
import type { DepartmentOption } from "../state/draft-store.js";
import { SituationsEditor } from "./SituationsEditor.js";
import { useI18n } from "../i18n.js";
import { useLeaveGuard } from "../state/leave-guard.js";
import type { Json } from "../../spec/common.js";

/** The item editor addresses elements as in a one-thing (/items/0/…); the catalogue's pointers start at the item. */
const BASE = "/items/0";

/** Props: the item view, the departments, and what to do with the server's new view after a save or publish. */
export function ItemDraftEditor({ view, departments, onSaved }: { view: CatalogueItemView; departments: DepartmentOption[]; onSaved(next: CatalogueItemView, notice: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Json>(view.draft as unknown as Json);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<"save" | "publish">();
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [message, setMessage] = useState<string>();
  const [summary, setSummary] = useState("");
  const [focus, setFocus] = useState<{ pointer: string; n: number }>();
  const id = encodeURIComponent(view.entry.id);
  const fail = (err: unknown) => {
    const x = err instanceof ApiRequestError ? err : undefined;
    setMessage(x?.message ?? String(err));
    setProblems((x?.problems ?? []).map((p) => ({ pointer: BASE + p.pointer, message: p.message })));
  };
  const save = async (): Promise<CatalogueItemView | undefined> => {
    setBusy("save"); setMessage(undefined); setProblems([]);
    try {
      const next = await api<CatalogueItemView>("PUT", `/api/items/${id}/draft`, draft as unknown as ItemDraft);
      setDirty(false);
      return next;
    } catch (err) { fail(err); return undefined; } finally { setBusy(undefined); }
  };
  const leaveDialog = useLeaveGuard(dirty, async () => !!(await save()));
  const publish = async () => {
    if (dirty && !(await save())) return;
    setBusy("publish"); setMessage(undefined); setProblems([]);
    try {
      const r = await api<PublishItemResult>("POST", `/api/items/${id}/publish`, { changeSummary: summary });
      const next = await api<CatalogueItemView>("GET", `/api/items/${id}`);
      setSummary("");
      onSaved(next, t("ed.published", { v: r.version }));
    } catch (err) { fail(err); } finally { setBusy(undefined); }
  };
  return (
    <div className="cat-draft">
      {leaveDialog}
      <ItemEditor item={draft} index={0} problems={problems.filter((p) => !p.pointer.startsWith(`${BASE}/situations/`))} departments={departments} focus={focus}
        onChange={(next) => { setDraft(next); setDirty(true); }} />
      <SituationsEditor item={draft} base={BASE} problems={problems} focus={focus}
        onChange={(situations) => { setDraft((d) => ({ ...d, situations })); setDirty(true); }} />
      <MaterialFiles itemId={view.entry.id} draft={draft} onChange={setDraft} />
      {message && (
        <div className="alert alert--error" role="alert">
          <p>{message}</p>
          {problems.length > 0 && (
            <ul>{problems.map((p, i) => <li key={i}><button type="button" className="linklike" onClick={() => setFocus({ pointer: p.pointer, n: Date.now() })}>{p.message}</button></li>)}</ul>
          )}
        </div>
      )}
      <div className="cat-draft__bar">
        <button type="button" className="btn" disabled={!!busy || !dirty} onClick={() => void save().then((v) => v && onSaved(v, t("ed.draftSaved")))}>{busy === "save" ? t("ed.saving") : t("ed.save")}</button>
        <span className="small muted" role="status">{dirty ? t("ed.unsaved") : t("ed.savedShort")}</span>
      </div>
      <div className="field cat-publish">
        <label htmlFor="cat-summary">{t("ed.catalogue.changeNote")}</label>
        <input id="cat-summary" type="text" maxLength={500} value={summary} onChange={(ev) => setSummary(ev.target.value)} aria-describedby="cat-summary-help" />
        <p className="field__help" id="cat-summary-help">{t("ed.catalogue.publishHint")}</p>
        <button type="button" className="btn btn--primary" disabled={!!busy || !summary.trim()} onClick={() => void publish()}>{busy === "publish" ? t("ed.publishing") : t("ed.catalogue.publish")}</button>
      </div>
    </div>
  );
}

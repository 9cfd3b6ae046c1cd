// The bundle workspace: loads the draft and departments, then hosts the tabs (basic, items, merge, guide,
// flow, JSON, preview, publish) around one draft store with undo/redo, save and the live problem list.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import type { ProblemDetail } from "../../spec/api.js";
import { withFix, type ShownProblem } from "./problems.js";
import { problemPlace } from "./problem-place.js";
import { useMsg } from "../designers/common/lang.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { formatDateTime, useI18n } from "../i18n.js";
import { href } from "../../runtime/shared/router.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../runtime/shared/ui.js";
import { useDraftStore, type DepartmentOption, type DraftDoc } from "../state/draft-store.js";
import { departmentOptions } from "../../runtime/shared/departments.js";
import { useLeaveGuard } from "../state/leave-guard.js";
import { conflictRevision, ifMatch } from "../state/draft-revision.js";
import { DraftConflict } from "./DraftConflict.js";
import { TABS, TAB_LABELS, tabForPointer, type TabId } from "./tabs.js";

import { BasicInfoTab, basicFieldId } from "./BasicInfoTab.js";
import { DesignerSlot } from "./Designers.js";
import { ItemsTab } from "../items/ItemsTab.js";
import { PreviewTab } from "../preview/PreviewTab.js";
import { PublishTab } from "../publish/PublishTab.js";
import { ItemUpdatesBanner } from "../upgrade/ItemUpdatesBanner.js";

const JsonView = lazy(() => import("../json/JsonView.js"));

interface Draft { spec: DraftDoc; updatedAt: string; updatedBy?: string; revision: string }

/** Route screen: /bundle/:key. */
export function WorkspacePage({ bundleKey, canPublish }: { bundleKey: string; canPublish: boolean }) {
  const { lang } = useI18n();
  const draft = useApi<Draft>(`/api/bundles/${encodeURIComponent(bundleKey)}/draft`);
  const depts = useApi<{ departments: DepartmentOption[] }>("/api/departments");
  if (draft.error) return <ErrorBox error={draft.error} onRetry={draft.reload} />;
  if (!draft.data || !depts.data) return <Loading />;
  return <Workspace key={draft.data.revision} bundleKey={bundleKey} initial={draft.data.spec} initialRevision={draft.data.revision} onReload={draft.reload}
    departments={departmentOptions(depts.data.departments, lang)} canPublish={canPublish} />;
}

interface WorkspaceProps { bundleKey: string; initial: DraftDoc; initialRevision: string; onReload(): void; departments: DepartmentOption[]; canPublish: boolean }

function Workspace({ bundleKey, initial, initialRevision, onReload, departments, canPublish }: WorkspaceProps) {
  const { t } = useI18n();
  const { t: tt, lang } = useI18n();
  const M = useMsg();
  const store = useDraftStore(initial);
  const [tab, setTab] = useState<TabId>("basic");
  const [focus, setFocus] = useState<{ pointer: string; n: number }>();
  const [saving, setSaving] = useState(false);
  const [serverProblems, setServerProblems] = useState<ProblemDetail[]>([]);
  const [failure, setFailure] = useState<ApiRequestError>();
  const [conflict, setConflict] = useState<ApiRequestError>();
  // the stored revision this page's copy is based on: every save names it, and learns the next one
  const revision = useRef(initialRevision);
  const [savedAt, setSavedAt] = useState<string>();
  const [problemsOpen, setProblemsOpen] = useState(false);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const { doc, problems } = store;
  // Server problems describe the document as it was sent; after the next edit the live check takes over.
  const sentDoc = useRef<DraftDoc>(undefined);
  useEffect(() => { if (doc !== sentDoc.current) setServerProblems([]); }, [doc]);

  const save = useCallback(async (): Promise<boolean> => {
    setSaving(true);
    setFailure(undefined);
    setConflict(undefined);
    setSavedAt(undefined);
    try {
      // saved with whatever problems it still has; a 400 means the document is not a storable one-thing at all
      const r = await api<{ spec: DraftDoc; updatedAt: string; revision: string; problems: ProblemDetail[] }>("PUT", `/api/bundles/${encodeURIComponent(bundleKey)}/draft`, doc, ifMatch(revision.current));
      revision.current = r.revision;
      setServerProblems([]);
      store.markSaved(r.spec);
      setSavedAt(r.updatedAt);
      if (r.problems.length) setProblemsOpen(true); // saved, and here is what still stands between it and publishing
      return true;
    } catch (err) {
      sentDoc.current = doc;
      const e = err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined);
      if (e.status === 400 && e.problems.length) setServerProblems(e.problems);
      else if (conflictRevision(e)) setConflict(e);
      else setFailure(e);
      return false;
    } finally {
      setSaving(false);
    }
  }, [bundleKey, doc, store]);

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo every edit; Ctrl+S saves. Monaco keeps its own text undo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if ((e.target as HTMLElement | null)?.closest?.(".monaco-editor")) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) { e.preventDefault(); store.undo(); }
      else if ((k === "z" && e.shiftKey) || k === "y") { e.preventDefault(); store.redo(); }
      else if (k === "s") { e.preventDefault(); void save(); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, save]);

  // Ask before leaving with unsaved changes (in-app navigation, reload, closing the tab).
  const leaveDialog = useLeaveGuard(store.dirty, save);

  const jumpTo = (pointer: string, preferJson = false) => {
    const target = preferJson ? "json" : tabForPointer(pointer);
    setTab(target);
    setFocus((f) => ({ pointer, n: (f?.n ?? 0) + 1 }));
    if (target === "basic") {
      const prop = pointer.split("/")[1] ?? "";
      setTimeout(() => document.getElementById(basicFieldId(prop))?.focus(), 0);
    }
  };

  const onTabKey = (e: ReactKeyboardEvent, i: number) => {
    let j = -1;
    if (e.key === "ArrowRight") j = (i + 1) % TABS.length;
    else if (e.key === "ArrowLeft") j = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = TABS.length - 1;
    if (j < 0) return;
    e.preventDefault();
    setTab(TABS[j]!);
    tabRefs.current[TABS[j]!]?.focus();
  };

  // a draft is saved with its problems (they block publishing only), and the status says so
  const savedText = (at: string | undefined, n: number) => at
    ? (n ? t("ed.draftSavedProblems", { at, n }) : `${t("ed.draftSaved")}${t("common.inParens", { text: at })}`)
    : (n ? t("ed.savedProblems", { n }) : t("ed.savedShort"));
  const props = { doc, onChange: store.set, problems, departments };
  const shown: Array<ShownProblem & { server?: boolean }> = serverProblems.length ? serverProblems.map((p) => ({ ...p, server: true })) : problems;
  const title = typeof doc.title === "string" && doc.title ? doc.title : bundleKey;
  const tabCount = (id: TabId) => (id === "json" || id === "preview" || id === "publish" ? 0 : problems.filter((p) => tabForPointer(p.pointer) === id).length);

  return (
    <div className="workspace">
      {leaveDialog}
      <nav className="breadcrumb" aria-label={tt("a11y.breadcrumb")}>
        <ol><li><a href={href("/")}>{tt("ed.bundles")}</a></li><li aria-current="page">{title}</li></ol>
      </nav>
      <PageTitle appName={tt("app.editor")}>{title}</PageTitle>
      <div className="ws-toolbar" role="toolbar" aria-label={t("ed.toolbar")}>
        <button type="button" className="btn btn--primary" disabled={saving} onClick={() => void save()} aria-keyshortcuts="Control+S">
          {saving ? t("ed.saving") : t("ed.save")}
        </button>
        <button type="button" className="btn" disabled={!store.canUndo} onClick={store.undo} aria-keyshortcuts="Control+Z"
          title={store.undoLabel ? t("ed.undoStep", { step: store.undoLabel }) : undefined}>{store.undoLabel ? t("ed.undoStep", { step: store.undoLabel }) : t("ed.undo")}</button>
        <button type="button" className="btn" disabled={!store.canRedo} onClick={store.redo} aria-keyshortcuts="Control+Shift+Z"
          title={store.redoLabel ? t("ed.redoStep", { step: store.redoLabel }) : undefined}>{t("ed.redo")}</button>
        <span className="spacer" />
        <span className={store.dirty ? "ws-status ws-status--dirty" : "ws-status"} role="status" data-testid="dirty">
          {store.dirty ? t("ed.unsaved") : savedText(savedAt && formatDateTime(savedAt, lang), store.errorCount)}
        </span>
        <a href="#ws-problems" className="ws-status" data-testid="problem-count">{problems.length ? t("ed.problemCount", { n: problems.length }) : t("ed.noProblems")}</a>
      </div>
      {failure && <ErrorBox error={failure} />}
      {conflict && <DraftConflict message={conflict.message} busy={saving} onReload={onReload}
        onOverwrite={() => { revision.current = conflictRevision(conflict) ?? revision.current; void save(); }} />}
      <ItemUpdatesBanner bundleKey={bundleKey} dirty={store.dirty} onUpgraded={(spec, rev) => { revision.current = rev; store.reset(spec); }} />
      {shown.length > 0 && (
        <details id="ws-problems" className={serverProblems.length ? "alert alert--error" : "alert alert--warning"} open={problemsOpen || serverProblems.length > 0}
          onToggle={(e) => setProblemsOpen(e.currentTarget.open)}>
          <summary>{serverProblems.length ? t("ed.draftProblems", { n: serverProblems.length }) : t("ed.problemCount", { n: problems.length })}</summary>
          <ul className="problem-list" data-testid="problems">
            {shown.map((p, i) => (
              <li key={i}>
                <button type="button" className="problem-list__place" onClick={() => jumpTo(p.pointer)}>{problemPlace(doc, p.pointer, t)}</button> {"severity" in p && p.severity === "warning" ? `${t("ed.note")}${t("common.labelSeparator")}` : ""}{M(p.message)}{" "}
                {"fix" in p && p.fix && (
                  <button type="button" className="problem-list__fix" onClick={() => store.set(withFix(doc, p.fix!), t("ed.problem.fixUndo", { fix: M(p.fix!.label) }))}>{M(p.fix.label)}</button>
                )}{" "}
                <button type="button" className="small" onClick={() => jumpTo(p.pointer, true)} aria-label={t("ed.problem.showInJson", { pointer: p.pointer })}>JSON</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="tablist" role="tablist" aria-label={t("ed.designViews")}>
        {TABS.map((id, i) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-controls={`panel-${id}`} aria-selected={tab === id} tabIndex={tab === id ? 0 : -1}
            ref={(el) => { tabRefs.current[id] = el; }} onClick={() => setTab(id)} onKeyDown={(e) => onTabKey(e, i)}>
            {t(TAB_LABELS[id])}{tabCount(id) > 0 && <span className="tab-badge" aria-label={t("ed.tab.problemCount", { n: tabCount(id) })}>{tabCount(id)}</span>}
          </button>
        ))}
      </div>
      <section className="tabpanel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "basic" && <BasicInfoTab {...props} />}
        {tab === "items" && <ItemsTab {...props} focus={focus?.pointer.startsWith("/items") ? focus : undefined} />}
        {(tab === "merge" || tab === "guide" || tab === "flow") && <DesignerSlot which={tab} {...props} />}
        {tab === "json" && (
          <Suspense fallback={<p role="status">{t("ed.loadingDesigner")}</p>}>
            <JsonView {...props} focus={focus} />
          </Suspense>
        )}
        {tab === "preview" && <PreviewTab doc={doc} />}
        {tab === "publish" && <PublishTab bundleKey={bundleKey} doc={doc} dirty={store.dirty} canPublish={canPublish} problemCount={store.errorCount}
          revision={() => revision.current} onDraftReplaced={(spec, rev) => { revision.current = rev; store.reset(spec); }} />}
      </section>
    </div>
  );
}

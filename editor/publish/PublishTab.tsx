// 发布: the change against the latest published version (items, fields, guide, flow) with a suggested summary,
// publishing by admins as an immutable numbered version, and roll-back by publishing an older version anew.
import { useEffect, useMemo, useState } from "react";
import type { PublishedBundle, VersionSummary } from "../../spec/api.js";
import { APPLICABILITY_LABEL, BASIC_LABEL, ITEM_PART_LABEL, diffBundles, summarizeDiff, type BundleDiff } from "../../spec/diff.js";
import { msgIn } from "../designers/common/lang.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { formatDateTime, useI18n } from "../i18n.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading } from "../../runtime/shared/ui.js";
import type { DraftDoc } from "../state/draft-store.js";
import { PublishConfirm } from "./PublishConfirm.js";

const asError = (err: unknown) => (err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));

function DiffView({ diff }: { diff: BundleDiff }) {
  const { lang } = useI18n();
  const M = (m: Parameters<typeof msgIn>[1]) => msgIn(lang, m);
  const rows: Array<[string, string[]]> = [
    ["新增事项", diff.items.added], ["删除事项", diff.items.removed], ["修改事项", diff.items.changed.map((c) => `${c.name}（${c.parts.map((p) => M(ITEM_PART_LABEL[p])).join("、")}）`)],
    ["新增字段", diff.fields.added.map((f) => f.title)], ["删除字段", diff.fields.removed.map((f) => f.title)],
    ["字段改名", diff.fields.relabelled.map((f) => `${f.from} → ${f.to}`)],
    ["引导：新增问题", diff.guide.added], ["引导：删除问题", diff.guide.removed], ["引导：修改", [...diff.guide.changed, ...(diff.guide.applicability ? [M(APPLICABILITY_LABEL)] : [])]],
    ["流程：新增环节", diff.flow.nodesAdded], ["流程：删除环节", diff.flow.nodesRemoved], ["流程：修改环节", diff.flow.nodesChanged],
    ["流程：新增连线", diff.flow.edgesAdded], ["流程：删除连线", diff.flow.edgesRemoved],
  ];
  const shown = rows.filter(([, xs]) => xs.length);
  if (!shown.length && !diff.basics.length) return <p className="muted">与最新发布版本相比没有变化。</p>;
  return (
    <dl className="facts" data-testid="diff">
      {diff.basics.length > 0 && <div><dt>基本信息</dt><dd>{diff.basics.map((k) => (BASIC_LABEL[k] ? M(BASIC_LABEL[k]) : k)).join("、")}</dd></div>}
      {shown.map(([label, xs]) => (
        <div key={label}><dt>{label}（{xs.length}）</dt><dd><ul className="diff-list">{xs.slice(0, 20).map((x, i) => <li key={i}>{x}</li>)}{xs.length > 20 && <li>… 另 {xs.length - 20} 项</li>}</ul></dd></div>
      ))}
    </dl>
  );
}

/** Props: the bundle, the current draft, whether it is unsaved, whether the user may publish. */
export function PublishTab({ bundleKey, doc, dirty, canPublish, problemCount, onDraftReplaced }: {
  bundleKey: string; doc: DraftDoc; dirty: boolean; canPublish: boolean; problemCount: number; onDraftReplaced(spec: DraftDoc): void;
}) {
  const { lang } = useI18n();
  const k = encodeURIComponent(bundleKey);
  const versions = useApi<{ versions: VersionSummary[] }>(`/api/bundles/${k}/versions`);
  const list = useMemo(() => [...(versions.data?.versions ?? [])].sort((a, b) => b.version - a.version), [versions.data]);
  const latest = list[0]?.version;
  const [previous, setPrevious] = useState<DraftDoc | null>();
  const [summary, setSummary] = useState("");
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  const [message, setMessage] = useState<string>();
  const [summaryError, setSummaryError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (!versions.data) return;
    if (latest === undefined) return setPrevious(null);
    let live = true;
    api<PublishedBundle>("GET", `/api/catalog/${k}/versions/${latest}`).then((r) => live && setPrevious(r.spec as unknown as DraftDoc), (e) => live && setError(asError(e)));
    return () => { live = false; };
  }, [versions.data, latest, k]);
  const diff = useMemo(() => (previous === undefined ? undefined : diffBundles(previous ?? {}, doc)), [previous, doc]);
  const suggested = diff ? (previous === null ? `首次发布：${String(doc.title ?? bundleKey)}` : msgIn(lang, summarizeDiff(diff))) : "";
  useEffect(() => { if (!touched) setSummary(suggested); }, [suggested, touched]);

  const publish = async (changeSummary: string) => {
    const r = await api<{ version: number }>("POST", `/api/bundles/${k}/publish`, { changeSummary });
    versions.reload();
    return r.version;
  };
  // 发布新版本 first shows the confirmation (diff, open cases); only 确认发布 publishes
  const onPublish = () => {
    if (!summary.trim()) return setSummaryError("请填写变更说明");
    setSummaryError(undefined);
    setError(undefined); setMessage(undefined);
    setConfirming(true);
  };
  const onConfirm = async () => {
    setBusy(true); setError(undefined); setMessage(undefined);
    try {
      const v = await publish(summary.trim().slice(0, 500));
      setMessage(`已发布版本 ${v}`);
      setTouched(false);
      setConfirming(false);
    } catch (e) { setError(asError(e)); setConfirming(false); } finally { setBusy(false); }
  };
  const rollback = async (v: number) => {
    if (!window.confirm(`以版本 ${v} 的内容重新发布为新版本？当前草稿将被替换为版本 ${v}（已发布的版本和进行中的办件不受影响）。`)) return;
    setBusy(true); setError(undefined); setMessage(undefined);
    try {
      const old = await api<PublishedBundle>("GET", `/api/catalog/${k}/versions/${v}`);
      const saved = await api<{ spec: DraftDoc }>("PUT", `/api/bundles/${k}/draft`, old.spec);
      const n = await publish(`回滚：以版本 ${v} 重新发布`);
      onDraftReplaced(saved.spec);
      setMessage(`已以版本 ${v} 的内容发布为版本 ${n}`);
    } catch (e) { setError(asError(e)); } finally { setBusy(false); }
  };
  const blocked = dirty ? "草稿有未保存的修改：请先保存，发布的是已保存的草稿。" : problemCount ? `草稿有 ${problemCount} 个问题，请先修正。` : undefined;
  return (
    <div className="split publish-split">
      <section aria-labelledby="pub-title">
        <h2 id="pub-title" style={{ fontSize: "1.15rem" }}>{latest ? `与版本 ${latest} 相比的变化` : "首次发布"}</h2>
        {diff ? <DiffView diff={diff} /> : <Loading />}
        {canPublish && confirming && diff ? (
          <PublishConfirm bundleKey={bundleKey} title={String(doc.title ?? bundleKey)} latest={latest} diff={diff} changeSummary={summary.trim().slice(0, 500)}
            busy={busy} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)} />
        ) : canPublish ? (
          <form onSubmit={(e) => { e.preventDefault(); onPublish(); }} noValidate>
            <div className="field">
              <label htmlFor="change-summary">变更说明<span className="req" aria-hidden="true">*</span></label>
              <textarea id="change-summary" rows={3} maxLength={500} value={summary} aria-required aria-invalid={summaryError ? true : undefined}
                aria-describedby="change-summary-help change-summary-error" onChange={(e) => { setSummary(e.target.value); setTouched(true); }} />
              <div className="field__error" id="change-summary-error" aria-live="polite">{summaryError}</div>
              <p className="field__help" id="change-summary-help">已按差异自动生成，可修改。发布后的版本不可修改；已提交的办件继续使用其提交时的版本。</p>
            </div>
            {blocked && <p className="alert alert--warning" role="status">{blocked}</p>}
            <button type="submit" className="btn btn--primary" disabled={busy || !!blocked}>{busy ? "正在发布…" : "发布新版本"}</button>
          </form>
        ) : <p className="muted">只有管理员可以发布。</p>}
        {message && <p className="alert alert--success" role="status">{message}</p>}
        {error && <ErrorBox error={error} />}
      </section>
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" style={{ fontSize: "1.15rem" }}>版本历史</h2>
        {versions.loading && <Loading />}
        {versions.error && <ErrorBox error={versions.error} onRetry={versions.reload} />}
        {versions.data && !list.length && <p>尚未发布任何版本。</p>}
        {list.length > 0 && (
          <table className="table" data-testid="versions">
            <thead><tr><th scope="col">版本</th><th scope="col">发布</th><th scope="col">变更说明</th>{canPublish && <th scope="col"><span className="visually-hidden">操作</span></th>}</tr></thead>
            <tbody>
              {list.map((v) => (
                <tr key={v.version}>
                  <td>v{v.version}</td>
                  <td className="small">{formatDateTime(v.publishedAt, lang)}<br />{v.publishedBy}</td>
                  <td className="small">{v.changeSummary}</td>
                  {canPublish && <td>{v.version !== latest && <button type="button" className="btn btn--small" disabled={busy} onClick={() => void rollback(v.version)}>以此版本重新发布</button>}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

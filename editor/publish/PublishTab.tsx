// 发布: the change against the latest published version (items, fields, guide, flow) with a suggested summary,
// publishing by admins as an immutable numbered version, and roll-back by publishing an older version anew.
import { personName } from "../people.js";
import { useEffect, useMemo, useState } from "react";
import type { PublishedBundle, VersionSummary } from "../../spec/api.js";
import { APPLICABILITY_LABEL, BASIC_LABEL, ITEM_PART_LABEL, diffBundles, summarizeDiff, moveText, type BundleDiff } from "../../spec/diff.js";
import { msgIn } from "../designers/common/lang.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { formatDateTime, useI18n, type MessageKey } from "../i18n.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading } from "../../runtime/shared/ui.js";
import type { DraftDoc } from "../state/draft-store.js";
import { ifMatch } from "../state/draft-revision.js";
import { PublishConfirm } from "./PublishConfirm.js";

const asError = (err: unknown) => (err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));

function DiffView({ diff }: { diff: BundleDiff }) {
  const { t, lang } = useI18n();
  const M = (m: Parameters<typeof msgIn>[1]) => msgIn(lang, m);
  const sep = t("common.listSeparator");
  const rows: Array<[MessageKey, string[]]> = [
    ["ed.pub.items.added", diff.items.added], ["ed.pub.items.removed", diff.items.removed],
    ["ed.pub.items.changed", diff.items.changed.map((c) => t("ed.pub.itemParts", { name: c.name, parts: c.parts.map((p) => M(ITEM_PART_LABEL[p])).join(sep) }))],
    ["ed.pub.fields.added", diff.fields.added.map((f) => f.title)], ["ed.pub.fields.removed", diff.fields.removed.map((f) => f.title)],
    ["ed.pub.fields.relabelled", diff.fields.relabelled.map((f) => `${f.from} → ${f.to}`)], ["ed.pub.fields.moved", diff.fields.moved.map(moveText)],
    ["ed.pub.guide.added", diff.guide.added], ["ed.pub.guide.removed", diff.guide.removed],
    ["ed.pub.guide.changed", [...diff.guide.changed, ...(diff.guide.applicability ? [M(APPLICABILITY_LABEL)] : [])]],
    ["ed.pub.flow.nodesAdded", diff.flow.nodesAdded], ["ed.pub.flow.nodesRemoved", diff.flow.nodesRemoved], ["ed.pub.flow.nodesChanged", diff.flow.nodesChanged],
    ["ed.pub.flow.edgesAdded", diff.flow.edgesAdded], ["ed.pub.flow.edgesRemoved", diff.flow.edgesRemoved],
  ];
  const shown = rows.filter(([, xs]) => xs.length);
  if (!shown.length && !diff.basics.length) return <p className="muted">{t("ed.pub.noChange")}</p>;
  return (
    <dl className="facts" data-testid="diff">
      {diff.basics.length > 0 && <div><dt>{t("ed.pub.basics")}</dt><dd>{diff.basics.map((k) => (BASIC_LABEL[k] ? M(BASIC_LABEL[k]) : k)).join(sep)}</dd></div>}
      {shown.map(([label, xs]) => (
        <div key={label}><dt>{t("ed.pub.rowCount", { label: t(label), n: xs.length })}</dt><dd><ul className="diff-list">{xs.slice(0, 20).map((x, i) => <li key={i}>{x}</li>)}{xs.length > 20 && <li>{t("ed.pub.more", { n: xs.length - 20 })}</li>}</ul></dd></div>
      ))}
    </dl>
  );
}

/** Props: the bundle, the current draft, whether it is unsaved, whether the user may publish. */
export function PublishTab({ bundleKey, doc, dirty, canPublish, problemCount, revision, onDraftReplaced }: {
  bundleKey: string; doc: DraftDoc; dirty: boolean; canPublish: boolean; problemCount: number;
  /** The draft revision the workspace holds (a rollback saves over exactly that one). */
  revision(): string; onDraftReplaced(spec: DraftDoc, revision: string): void;
}) {
  const { t, lang } = useI18n();
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
  const suggested = diff ? (previous === null ? t("ed.pub.firstSummary", { title: String(doc.title ?? bundleKey) }) : msgIn(lang, summarizeDiff(diff))) : "";
  useEffect(() => { if (!touched) setSummary(suggested); }, [suggested, touched]);

  const publish = async (changeSummary: string) => {
    const r = await api<{ version: number }>("POST", `/api/bundles/${k}/publish`, { changeSummary });
    versions.reload();
    return r.version;
  };
  // 发布新版本 first shows the confirmation (diff, open cases); only 确认发布 publishes
  const onPublish = () => {
    if (!summary.trim()) return setSummaryError(t("ed.pub.summaryRequired"));
    setSummaryError(undefined);
    setError(undefined); setMessage(undefined);
    setConfirming(true);
  };
  const onConfirm = async () => {
    setBusy(true); setError(undefined); setMessage(undefined);
    try {
      const v = await publish(summary.trim().slice(0, 500));
      setMessage(t("ed.published", { v }));
      setTouched(false);
      setConfirming(false);
    } catch (e) { setError(asError(e)); setConfirming(false); } finally { setBusy(false); }
  };
  const rollback = async (v: number) => {
    if (!window.confirm(t("ed.pub.rollbackConfirm", { v }))) return;
    setBusy(true); setError(undefined); setMessage(undefined);
    try {
      const old = await api<PublishedBundle>("GET", `/api/catalog/${k}/versions/${v}`);
      const saved = await api<{ spec: DraftDoc; revision: string }>("PUT", `/api/bundles/${k}/draft`, old.spec, ifMatch(revision()));
      onDraftReplaced(saved.spec, saved.revision);
      const n = await publish(t("ed.pub.rollbackSummary", { v }));
      setMessage(t("ed.pub.rolledBack", { v, n }));
    } catch (e) { setError(asError(e)); } finally { setBusy(false); }
  };
  const blocked = dirty ? t("ed.pub.unsaved") : problemCount ? t("ed.pub.problems", { n: problemCount }) : undefined;
  return (
    <div className="split publish-split">
      <section aria-labelledby="pub-title">
        <h2 id="pub-title" style={{ fontSize: "1.15rem" }}>{latest ? t("ed.pub.changesSince", { v: latest }) : t("ed.pub.first")}</h2>
        {diff ? <DiffView diff={diff} /> : <Loading />}
        {canPublish && confirming && diff ? (
          <PublishConfirm bundleKey={bundleKey} title={String(doc.title ?? bundleKey)} latest={latest} diff={diff} changeSummary={summary.trim().slice(0, 500)}
            busy={busy} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)} />
        ) : canPublish ? (
          <form onSubmit={(e) => { e.preventDefault(); onPublish(); }} noValidate>
            <div className="field">
              <label htmlFor="change-summary">{t("ed.changeSummary")}<span className="req" aria-hidden="true">*</span></label>
              <textarea id="change-summary" rows={3} maxLength={500} value={summary} aria-required aria-invalid={summaryError ? true : undefined}
                aria-describedby="change-summary-help change-summary-error" onChange={(e) => { setSummary(e.target.value); setTouched(true); }} />
              <div className="field__error" id="change-summary-error" aria-live="polite">{summaryError}</div>
              <p className="field__help" id="change-summary-help">{t("ed.pub.summaryHelp")}</p>
            </div>
            {blocked && <p className="alert alert--warning" role="status">{blocked}</p>}
            <button type="submit" className="btn btn--primary" disabled={busy || !!blocked}>{busy ? t("ed.publishing") : t("ed.publish")}</button>
          </form>
        ) : <p className="muted">{t("ed.pub.adminsOnly")}</p>}
        {message && <p className="alert alert--success" role="status">{message}</p>}
        {error && <ErrorBox error={error} />}
      </section>
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" style={{ fontSize: "1.15rem" }}>{t("ed.pub.history")}</h2>
        {versions.loading && <Loading />}
        {versions.error && <ErrorBox error={versions.error} onRetry={versions.reload} />}
        {versions.data && !list.length && <p>{t("ed.pub.noVersions")}</p>}
        {list.length > 0 && (
          <table className="table" data-testid="versions">
            <thead><tr><th scope="col">{t("ed.pub.col.version")}</th><th scope="col">{t("ed.pub.col.published")}</th><th scope="col">{t("ed.changeSummary")}</th>{canPublish && <th scope="col"><span className="visually-hidden">{t("ed.pub.col.actions")}</span></th>}</tr></thead>
            <tbody>
              {list.map((v) => (
                <tr key={v.version}>
                  <td>v{v.version}</td>
                  <td className="small">{formatDateTime(v.publishedAt, lang)}<br /><span title={v.publishedBy}>{personName(v.publishedByName, v.publishedBy, t)}</span></td>
                  <td className="small">{v.changeSummary}</td>
                  {canPublish && <td>{v.version !== latest && <button type="button" className="btn btn--small" disabled={busy} onClick={() => void rollback(v.version)}>{t("ed.pub.republish")}</button>}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

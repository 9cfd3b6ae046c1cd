// An item's page in the catalogue: its state, its national elements (editable by the owning department's staff,
// read-only with the reason for everyone else), its situations, its published versions and the one-things that
// use it, with the public service guide one click away once published.
import { useState } from "react";
import type { CatalogueItemView } from "../../spec/catalogue/api.js";
import { formatDateTime, useI18n } from "../../runtime/shared/i18n.js";
import { href } from "../../runtime/shared/router.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../runtime/shared/ui.js";
import { useEd } from "../i18n.js";
import type { DepartmentOption } from "../state/draft-store.js";
import { ItemStateBadges } from "./CatalogueResults.js";
import { ItemDraftEditor } from "./ItemDraftEditor.js";
import { ItemElementsView } from "./ItemElementsView.js";
import { ItemSituations } from "./ItemSituations.js";
import "./catalogue.css";

function Usage({ view }: { view: CatalogueItemView }) {
  const e = useEd();
  return (
    <section className="card" aria-labelledby="cat-usage">
      <h2 id="cat-usage">{e("使用该事项的一件事（{n}）", { n: view.usedBy.length })}</h2>
      {!view.usedBy.length ? <p className="muted">{e("还没有一件事使用该事项。")}</p> : (
        <table className="table table--stack">
          <thead><tr><th scope="col">{e("一件事")}</th><th scope="col">{e("已发布版本引用")}</th><th scope="col">{e("草稿")}</th></tr></thead>
          <tbody>
            {view.usedBy.map((u) => (
              <tr key={u.key}>
                <td data-label={e("一件事")}><a href={href(`/bundle/${encodeURIComponent(u.key)}`)}>{u.title}</a>{u.archived && <> <span className="badge badge--paused">{e("已归档")}</span></>}</td>
                <td data-label={e("已发布版本引用")}>{u.pinned === null ? e("未引用") : e("事项版本 {v}", { v: u.pinned })}</td>
                <td data-label={e("草稿")}>{!u.draft ? e("草稿未使用") : u.draftVersion === 0 ? e("引用事项草稿") : u.draftVersion === null ? e("使用中") : e("事项版本 {v}", { v: u.draftVersion })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Versions({ view }: { view: CatalogueItemView }) {
  const e = useEd();
  const { lang } = useI18n();
  return (
    <section className="card" aria-labelledby="cat-versions">
      <h2 id="cat-versions">{e("已发布版本")}</h2>
      {!view.versions.length ? <p className="muted">{e("尚未发布。发布后办事群众可以看到该事项的办事指南。")}</p> : (
        <table className="table table--stack">
          <thead><tr><th scope="col">{e("版本")}</th><th scope="col">{e("发布时间")}</th><th scope="col">{e("发布人")}</th><th scope="col">{e("修改说明")}</th></tr></thead>
          <tbody>
            {view.versions.map((v) => (
              <tr key={v.version}>
                <td data-label={e("版本")}>{v.version}</td><td data-label={e("发布时间")}>{formatDateTime(v.publishedAt, lang)}</td>
                <td data-label={e("发布人")}>{v.publishedBy}</td><td data-label={e("修改说明")}>{v.changeSummary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The item screen. */
export function ItemPage({ itemId }: { itemId: string }) {
  const e = useEd();
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<CatalogueItemView>(`/api/items/${encodeURIComponent(itemId)}`);
  const depts = useApi<{ departments: DepartmentOption[] }>("/api/departments");
  const [edited, setEdited] = useState<{ view: CatalogueItemView; notice: string }>();
  const [editing, setEditing] = useState(false);
  if (loading && !data) return <Loading />;
  if (error || !data) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  const view = edited?.view ?? data;
  const it = view.entry;
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/catalogue")}>{e("事项清单")}</a></li><li aria-current="page">{it.name}</li></ol>
      </nav>
      <PageTitle appName={t("app.editor")}>{it.name}</PageTitle>
      <p className="cat-item-meta">
        <ItemStateBadges {...it} />
        <span>{it.deptName}</span>
        {it.code && <span>{e("实施编码")} <span className="cat-code">{it.code}</span></span>}
        <span className="small muted">{e("草稿更新于 {at}（{by}）", { at: formatDateTime(it.draftUpdatedAt, lang), by: it.draftUpdatedBy })}</span>
      </p>
      {edited?.notice && <p className="alert alert--success" role="status">{edited.notice}</p>}
      {it.latestVersion !== null && <p><a href={`/#/items/${encodeURIComponent(it.id)}`} target="_blank" rel="noopener">{e("查看办事指南（门户）")}</a></p>}
      <section className="card" aria-labelledby="cat-elements">
        <div className="cat-section-head">
          <h2 id="cat-elements">{editing ? e("编辑草稿") : e("事项要素")}</h2>
          {view.permissions.edit && <button type="button" className="btn" aria-pressed={editing} onClick={() => setEditing(!editing)}>{editing ? e("查看") : e("编辑草稿")}</button>}
        </div>
        {!view.permissions.edit && <p className="alert alert--warning">{e("只读")}：{view.permissions.reason ?? e("只有所属部门的设计人员或管理员可以修改")}</p>}
        {editing && view.permissions.edit && depts.data
          ? <ItemDraftEditor key={it.draftUpdatedAt} view={view} departments={depts.data.departments} onSaved={(next, notice) => setEdited({ view: next, notice })} />
          : <ItemElementsView draft={view.draft} deptName={it.deptName} />}
      </section>
      {!(editing && view.permissions.edit) && <ItemSituations draft={view.draft} />}
      <Usage view={view} />
      <Versions view={view} />
    </>
  );
}

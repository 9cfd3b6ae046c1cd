// One page of the catalogue: a row per item with its name (to the item's page), 实施编码, department, type, state
// (published version, unpublished changes, no form) and the one-things using it; and the pager.
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import { codeLabel } from "../../runtime/shared/codes.js";
import { useI18n } from "../../runtime/shared/i18n.js";
import { href } from "../../runtime/shared/router.js";
import { useEd } from "../i18n.js";

/** The badges of an item's state; why: the list and the item page say it the same way. */
export function ItemStateBadges({ latestVersion, unpublishedChanges, hasForm }: { latestVersion: number | null; unpublishedChanges: boolean; hasForm: boolean }) {
  const e = useEd();
  return (
    <span className="cat-badges">
      {latestVersion !== null ? <span className="badge badge--approved">{e("已发布 版本 {v}", { v: latestVersion })}</span> : <span className="badge badge--paused">{e("未发布")}</span>}
      {latestVersion !== null && unpublishedChanges && <span className="badge badge--due_soon">{e("草稿有修改")}</span>}
      {!hasForm && <span className="badge badge--paused">{e("无表单")}</span>}
    </span>
  );
}

/** Props: the list answer. */
export function CatalogueResults({ data }: { data: CatalogueListView }) {
  const e = useEd();
  const { t } = useI18n();
  if (!data.items.length) return <p className="alert alert--warning">{e("没有符合条件的事项。")}</p>;
  return (
    <table className="table table--stack cat-results">
      <thead>
        <tr>
          <th scope="col">{e("事项名称")}</th><th scope="col">{e("部门")}</th>
          <th scope="col">{e("事项类型")}</th><th scope="col">{e("状态")}</th><th scope="col">{e("所属一件事")}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((it) => (
          <tr key={it.id}>
            <td data-label={e("事项名称")}>
              <a href={href(`/catalogue/${encodeURIComponent(it.id)}`)}>{it.name}</a>
              {it.code && <span className="cat-code muted"><span className="visually-hidden">{e("实施编码")} </span>{it.code}</span>}
            </td>
            <td data-label={e("部门")}>{it.deptName}</td>
            <td data-label={e("事项类型")}>{codeLabel(t, "task_type", it.taskType) || "—"}</td>
            <td data-label={e("状态")}><ItemStateBadges {...it} /></td>
            <td data-label={e("所属一件事")}>{it.usedBy.length ? it.usedBy.map((u) => u.title).join("、") : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 上一页 / 第 x 页，共 y 页 / 下一页, and a page number to jump to. */
export function CataloguePager({ page, pages, onPage }: { page: number; pages: number; onPage(p: number): void }) {
  const e = useEd();
  if (pages <= 1) return null;
  return (
    <nav className="pager cat-pager" aria-label={e("分页")}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>{e("上一页")}</button>
      <span aria-live="polite">{e("第 {page} 页，共 {pages} 页", { page, pages })}</span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>{e("下一页")}</button>
      <label className="cat-pager__jump">
        {e("跳到")}
        <input type="number" min={1} max={pages} defaultValue={page} key={page}
          onKeyDown={(ev) => { if (ev.key === "Enter") { const n = Number((ev.target as HTMLInputElement).value); if (n >= 1 && n <= pages) onPage(n); } }} />
        {e("页")}
      </label>
    </nav>
  );
}

// What a check or an import found, in counts staff act on: items in the file, how many can be imported (new, new
// drafts of existing items, unchanged), how many have problems and how many belong to another department.
import type { ImportReport } from "../../../spec/catalogue/import.js";
import { useEd } from "../../i18n.js";

/** Props: the report, and whether it is the import's (done) or the check's. */
export function ImportSummary({ report, done }: { report: ImportReport; done: boolean }) {
  const e = useEd();
  if (report.fileError) {
    return <p className="alert alert--error" role="alert" data-testid="import-summary">{e("无法导入这个文件：")}{report.problems[0]?.message}</p>;
  }
  if (done) {
    return (
      <div className="alert alert--success" role="status" data-testid="import-summary">
        <h3>{e("导入完成")}</h3>
        <p>{e("已导入 {n} 个事项：新建 {c} 个，更新 {u} 个（生成新草稿，已发布的版本不变）；{s} 个无变化。", { n: report.create + report.update, c: report.create, u: report.update, s: report.unchanged })}</p>
        {report.invalid > 0 && <p>{e("跳过了有问题的 {n} 个事项（见下方问题清单）。", { n: report.invalid })}</p>}
      </div>
    );
  }
  return (
    <div className={`alert ${report.invalid ? "alert--warning" : "alert--success"}`} role="status" data-testid="import-summary">
      <h3>{e("检查结果：文件中共有 {n} 个事项", { n: report.total })}</h3>
      <ul>
        <li>{e("可以导入 {n} 个：新建 {c} 个，更新 {u} 个，无变化 {s} 个", { n: report.valid, c: report.create, u: report.update, s: report.unchanged })}</li>
        {report.invalid > 0 && <li>{e("有问题 {n} 个", { n: report.invalid })}{report.refused > 0 ? e("（其中 {n} 个不属于您的部门，无权导入）", { n: report.refused }) : ""}</li>}
      </ul>
      {report.invalid === 0 && <p>{e("没有发现问题，还没有导入：请确认后点击「导入」。")}</p>}
    </div>
  );
}

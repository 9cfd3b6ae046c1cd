// English of the catalogue import / export panels (merged into EDITOR_EN; Chinese is the key).

/** English of every Chinese string of editor/catalogue/io/. */
export const IO_EN: Record<string, string> = {
  "事项导入导出": "Import / export items", "事项清单导入导出": "Import and export the item catalogue",
  "批量导入事项": "Import items in bulk", "选择文件": "Choose a file", "已选择：{name}": "Chosen: {name}", "下载导入模板": "Download the import template",
  "支持 Excel 工作簿（.xlsx，列名为事项要素名称）和 yijian 事项清单 JSON。按实施编码匹配已有事项：已有的事项生成新的草稿，已发布的版本不会改变。":
    "Excel workbooks (.xlsx, columns named by the item elements) and yijian catalogue JSON. Existing items are matched by implementation code (实施编码): they get a new draft, and their published versions do not change.",
  "只导入无误的 {n} 个事项，跳过有问题的 {m} 个": "Import only the {n} valid items, skip the {m} with problems",
  "文件中有问题时默认不导入任何内容：请修改文件后重新选择，或勾选上面一项。": "While the file has problems nothing is imported: fix the file and choose it again, or tick the box above.",
  "导入 {n} 个事项": "Import {n} items", "没有需要导入的内容": "Nothing to import", "再导入一个文件": "Import another file", "重新选择文件": "Choose another file",
  "检查文件": "Checking the file", "导入事项": "Importing", "正在读取文件…": "Reading the file…", "正在逐行检查…": "Checking row by row…", "正在写入事项…": "Writing the items…",
  "无法导入这个文件：": "This file cannot be imported: ", "导入完成": "Import done",
  "已导入 {n} 个事项：新建 {c} 个，更新 {u} 个（生成新草稿，已发布的版本不变）；{s} 个无变化。": "Imported {n} items: {c} new, {u} updated (new drafts; published versions unchanged); {s} unchanged.",
  "跳过了有问题的 {n} 个事项（见下方问题清单）。": "Skipped {n} items with problems (listed below).",
  "检查结果：文件中共有 {n} 个事项": "Check result: the file has {n} items",
  "可以导入 {n} 个：新建 {c} 个，更新 {u} 个，无变化 {s} 个": "{n} can be imported: {c} new, {u} updated, {s} unchanged",
  "有问题 {n} 个": "{n} have problems", "（其中 {n} 个不属于您的部门，无权导入）": " ({n} of them belong to another department and may not be imported by you)",
  "没有发现问题，还没有导入：请确认后点击「导入」。": "No problems found; nothing imported yet: confirm with Import.",
  "问题清单（{n} 个）": "Problems ({n})", "工作表": "Sheet", "行": "Row", "列": "Column", "文件": "File", "位置": "Where", "第 {n} 行": "row {n}", "第 {n} 项": "item {n}",
  "提示": "Note", "无权导入": "Not yours", "错误": "Error", "还有 {n} 个问题未列出：请先修改以上问题后重新检查。": "{n} more problems not listed: fix the ones above and check again.",
  "导出事项清单": "Export the catalogue", "导出当前筛选出的全部事项（草稿内容）。": "Exports every item matching the current filters (their drafts).",
  "导出清单中的全部事项（草稿内容）；导出的文件可以修改后重新导入。": "Exports every item of the catalogue (their drafts); the file can be edited and imported again.",
  "导出 Excel（.xlsx）": "Export Excel (.xlsx)", "导出 JSON": "Export JSON",
  "导出筛选结果（Excel）": "Export the matches (Excel)", "导出筛选结果（JSON）": "Export the matches (JSON)", "返回事项清单": "Back to the catalogue",
};

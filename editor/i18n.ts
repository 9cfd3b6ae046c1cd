// Editor strings: Chinese is the source text (the key); English translations sit beside it. Built on the shared
// i18n's language choice, so the header's language switch changes the editor too.
import { useI18n } from "../runtime/shared/i18n.js";
import { CATALOGUE_EN } from "./catalogue/i18n-en.js";
import { IO_EN } from "./catalogue/io/i18n-io.js";

/** English of every Chinese editor string (test/editor/i18n-complete.test.ts checks none is missing). */
export const EDITOR_EN: Record<string, string> = {
  ...CATALOGUE_EN,
  "基本信息": "Basics", "事项": "Items", "表单合并": "Form merge", "情形引导": "Guide", "审批流程": "Flow", "JSON": "JSON",
  "预览": "Preview", "发布": "Publish", "保存草稿": "Save draft", "正在保存…": "Saving…", "撤销": "Undo", "重做": "Redo",
  "有未保存的修改": "Unsaved changes", "已保存": "Saved", "问题": "Problems", "没有问题": "No problems",
  "名称": "Title", "分类": "Category", "服务对象": "Audience", "个人": "Person", "企业": "Enterprise", "简介": "Summary",
  "牵头部门": "Lead department", "配合部门": "Cooperating departments", "标识": "Key",
  "正在加载设计器…": "Loading designer…", "即将提供": "Coming soon",
  "草稿已保存": "Draft saved", "草稿有 {n} 个问题，未保存": "The draft has {n} problems; not saved",
  "导入事项 JSON": "Import item JSON", "导入 JSON Schema 表单": "Import JSON Schema form", "导出 JSON": "Export JSON",
  "新建事项": "New item", "删除事项": "Delete item", "材料": "Materials", "渠道": "Channels", "表单": "Form",
  "时限与收费": "Time limits & fees", "基本": "Basic", "上移": "Move up", "下移": "Move down", "删除": "Delete",
  "添加": "Add", "确定": "OK", "取消": "Cancel", "接受": "Accept", "角色": "Role", "数据元": "Data element",
  "置信度": "Confidence", "理由": "Reason", "字段": "Field", "事项自有字段": "Item's own field",
  // the one-thing list: new, delete, archive
  "新建一件事": "New one-thing", "从哪里开始": "Start from", "空白的一件事": "A blank one-thing", "复制已有的一件事": "A copy of an existing one-thing",
  "复制自": "Copy of", "请填写名称": "Enter a title", "请选择牵头部门": "Choose the lead department", "请选择要复制的一件事": "Choose the one-thing to copy",
  "— 请选择 —": "— choose —", "办事群众看到的名称，例如「开办民宿一件事」": "The name applicants see, e.g. \"Open a guesthouse\"",
  "用于办事地址，发布后不能修改：小写字母开头，可用小写字母、数字、- 和 _": "Used in the service address and fixed once published: starts with a lower-case letter; lower-case letters, digits, - and _",
  "复制它的事项、表单、引导和流程，之后可以任意修改": "Copies its items, form, guide and flow; change anything afterwards",
  "负责一窗受理和统一出件的部门": "The department of one-window acceptance and the one exit",
  "正在创建…": "Creating…", "创建并开始设计": "Create and start designing", "操作": "Actions", "已归档": "Archived",
  "删除「{title}」的草稿？它从未发布，删除后不能恢复。": "Delete the draft of \"{title}\"? It was never published; this cannot be undone.",
  "归档「{title}」？它将从办事目录中撤下，不再受理新的申请；{n} 件在办案件继续办理直至办结。": "Archive \"{title}\"? It leaves the catalogue and takes no new applications; {n} open cases run on to their end.",
  "确认": "Confirm", "确认删除": "Delete", "确认归档": "Archive", "已删除「{title}」": "Deleted \"{title}\"", "已归档「{title}」": "Archived \"{title}\"",
  "删除「{title}」": "Delete \"{title}\"", "归档「{title}」": "Archive \"{title}\"", "恢复「{title}」": "Restore \"{title}\"", "归档": "Archive",
  // publishing confirmation
  "确认发布「{title}」版本 {n}": "Publish version {n} of \"{title}\"?", "首次发布": "First publication", "与当前版本 {v} 相比": "Against the current version {v}",
  "发布后办事群众即可在办事目录中看到并申请。": "Once published, applicants find it in the catalogue and can apply.",
  "没有变化：新版本与版本 {v} 内容相同。": "No change: the new version is the same as version {v}.", "在办案件": "Open cases", "尚无办件。": "No cases yet.",
  "版本 {v} 有 {n} 件在办案件，它们继续按版本 {v} 办理直至办结，不受本次发布影响。": "Version {v} has {n} open cases; they run on version {v} to their end, unaffected by this publication.",
  "更早的版本还有 {n} 件在办。": "Older versions have {n} more open cases.", "发布后新的申请使用版本 {n}。": "New applications will use version {n}.",
  "变更说明": "Change summary", "已发布的版本不能修改；需要时可以用旧版本的内容重新发布。": "A published version never changes; an older one can be published again if needed.",
  "正在发布…": "Publishing…", "确认发布版本 {n}": "Publish version {n}", "返回修改": "Back",
  "恢复受理": "Restore", "提示": "Note", "已恢复「{title}」，重新受理申请": "Restored \"{title}\"; it takes applications again",
  // the catalogue import / export panels
  ...IO_EN,
};

/** The editor's translate hook: t("中文", {n}) returns the Chinese text or its English translation. */
export function useEd() {
  const { lang } = useI18n();
  return (zh: string, params?: Record<string, string | number>) => {
    let s = lang === "en" ? EDITOR_EN[zh] ?? zh : zh;
    if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

// Editor strings: Chinese is the source text (the key); English translations sit beside it. Built on the shared
// i18n's language choice, so the header's language switch changes the editor too.
import { useI18n } from "../runtime/shared/i18n.js";

const EN: Record<string, string> = {
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
};

/** The editor's translate hook: t("中文", {n}) returns the Chinese text or its English translation. */
export function useEd() {
  const { lang } = useI18n();
  return (zh: string, params?: Record<string, string | number>) => {
    let s = lang === "en" ? EN[zh] ?? zh : zh;
    if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

// Tiny i18n: one dictionary per language (zh-CN first, English switchable), the choice persisted in
// localStorage and mirrored to <html lang>. Every UI string of the apps goes through t().
import { useSyncExternalStore } from "react";
import { SUPERVISION_EN, SUPERVISION_ZH } from "./i18n-supervision.js";
import { MATERIALS_EN, MATERIALS_ZH } from "./i18n-materials.js";
import { FIELDS_EN, FIELDS_ZH } from "./i18n-fields.js";
import { HANDLING_EN, HANDLING_ZH } from "./i18n-handling.js";
import { PORTAL_EN, PORTAL_ZH } from "./i18n-portal.js";
import { LISTS_EN, LISTS_ZH } from "./i18n-lists.js";
import { DOCUMENTS_EN, DOCUMENTS_ZH } from "./i18n-documents.js";
import { PRIVACY_EN, PRIVACY_ZH } from "./i18n-privacy.js";
import { TIMELINE_EN, TIMELINE_ZH } from "./i18n-timeline.js";
import { KIOSK_EN, KIOSK_ZH } from "./i18n-kiosk.js";
import { GUIDES_EN, GUIDES_ZH } from "./i18n-guides.js";
import { FORM_ERRORS_EN, FORM_ERRORS_ZH } from "./i18n-form-errors.js";
import { COUNTER_EN, COUNTER_ZH } from "./i18n-counter.js";
import type { EDITOR_FLOW_ZH } from "./i18n-editor-flow.js";
import type { SITUATIONS_ZH } from "./i18n-editor-situations.js";
import type { EDITOR_GUIDE_ZH } from "./i18n-editor-guide.js";
import type { EDITOR_COND_ZH } from "./i18n-editor-designers-common.js";
import type { EDITOR_MATERIALS_ZH } from "./i18n-editor-materials.js";
import type { EDITOR_MERGE_ZH } from "./i18n-editor-merge.js";
import type { EDITOR_WORKSPACE_ZH } from "./i18n-editor-workspace.js";
import type { EDITOR_ITEMS_ZH } from "./i18n-editor-items.js";
import type { EDITOR_CATALOGUE_ZH } from "./i18n-editor-catalogue.js";
import type { EDITOR_IO_ZH } from "./i18n-editor-io.js";
import type { EDITOR_UPGRADE_ZH } from "./i18n-editor-upgrade.js";
import type { EDITOR_PUBLISH_ZH } from "./i18n-editor-publish.js";
import { beijingDateTime } from "../../spec/beijing-time.js";
import { beijingDateTimeEn } from "../../spec/bilingual.js";

/** The editor's keys: their texts are in runtime/shared/i18n-editor-*.ts, which only the editor loads (editor/i18n.ts
 * registers them), so the portal's, workbench's and kiosk's bundles do not carry them; the types cost nothing. */
export type EditorKey = keyof (typeof EDITOR_FLOW_ZH & typeof SITUATIONS_ZH & typeof EDITOR_GUIDE_ZH & typeof EDITOR_COND_ZH & typeof EDITOR_MATERIALS_ZH & typeof EDITOR_MERGE_ZH & typeof EDITOR_WORKSPACE_ZH & typeof EDITOR_ITEMS_ZH & typeof EDITOR_CATALOGUE_ZH & typeof EDITOR_IO_ZH & typeof EDITOR_UPGRADE_ZH & typeof EDITOR_PUBLISH_ZH);

const zh = {
  ...SUPERVISION_ZH,
  ...MATERIALS_ZH,
  ...FIELDS_ZH,
  ...HANDLING_ZH,
  ...PORTAL_ZH,
  ...LISTS_ZH,
  ...DOCUMENTS_ZH,
  ...PRIVACY_ZH,
  ...TIMELINE_ZH,
  ...KIOSK_ZH,
  ...GUIDES_ZH,
  ...COUNTER_ZH,
  ...FORM_ERRORS_ZH,
  "app.name": "一件事一次办",
  "app.portal": "办事大厅",
  "app.workbench": "部门工作台",
  "app.editor": "一件事设计器",
  "app.footer": "yijian 一件 · 开源的“一件事一次办”低代码平台",
  "a11y.skip": "跳到主要内容",
  "a11y.lang": "界面语言",
  "a11y.breadcrumb": "路径",
  "a11y.mainNav": "主导航",
  "common.loading": "正在加载…",
  "common.retry": "重试",
  "common.back": "返回",
  "common.none": "暂无",
  "common.error": "出错了",
  "common.requestId": "请求编号",
  "common.notFound": "页面不存在",
  "common.home": "首页",
  "common.listSeparator": "、",
  "common.labelSeparator": "：",
  "common.network": "无法连接服务器，请检查网络后重试",
  "common.badResponse": "服务器返回了无法读取的内容（{status}）",
  "auth.login": "登录",
  "auth.logout": "退出",
  "auth.username": "用户名",
  "auth.password": "密码",
  "auth.loginTitle": "登录",
  "auth.loginHint": "请使用您的账号登录后继续办理。",
  "auth.loggingIn": "正在登录…",
  "auth.hello": "您好，{name}",
  "auth.needRole": "当前账号无权使用此功能，请换用{roles}账号登录。",
  "auth.required": "请输入用户名和密码",
  "portal.catalog": "一件事目录",
  "portal.catalogIntro": "选择您要办的一件事：一次告知、一表申报、一次办好。",
  "portal.search": "搜索一件事",
  "portal.searchPlaceholder": "例如：开办企业、出生",
  "portal.noMatch": "没有找到与“{q}”相关的一件事。",
  "portal.itemCount": "{n} 个事项",
  "portal.lead": "牵头部门",
  "portal.cooperating": "配合部门",
  "portal.items": "包含的事项",
  "portal.itemDept": "实施部门",
  "portal.promise": "承诺时限",
  "portal.days": "{n} 个{unit}",
  "portal.start": "开始办理",
  "portal.myApplications": "我的办件",
  "portal.audience.person": "个人",
  "portal.audience.enterprise": "企业",
  "portal.version": "版本 {v}",
  "guide.title": "情形引导",
  "guide.intro": "回答以下问题，系统会告诉您需要办哪些事项、准备哪些材料。",
  "guide.notice": "一次告知",
  "guide.applies": "需办理的事项（{n} 项）",
  "guide.skipped": "您的情形无需办理",
  "guide.materials": "需准备的材料",
  "guide.noMaterials": "无需另外准备材料",
  "guide.held": "免提交（政府已有电子证照）",
  "guide.deferrable": "可容缺后补（{n} 日内）",
  "guide.promised": "承诺 {n} 个工作日内办结（各事项并联办理）",
  "guide.statutory": "分别办理合计法定时限 {n} 日",
  "guide.free": "不收费",
  "guide.toForm": "下一步：填写申报表",
  "guide.yes": "是",
  "guide.no": "否",
  "guide.answerAll": "请先回答所有问题：{list}",
  "form.title": "填写申报表",
  "form.section": "第 {i} / {n} 部分",
  "form.sections": "表单分节",
  "form.progress": "已完成 {done} / {n} 部分",
  "form.prev": "上一步",
  "form.next": "下一步",
  "form.submit": "提交申请",
  "form.submitting": "正在提交…",
  "form.editAnswers": "修改情形",
  "form.summaryTitle": "还有 {n} 处需要修改",
  "form.summaryIntro": "请修改以下内容后再提交：",
  "form.sectionErrors": "本部分还有 {n} 处需要修改",
  "form.required": "必填",
  "form.serverRejected": "服务器未接受此次提交：",
  "form.loginToSubmit": "提交前请先登录。您填写的内容会保留。",
  "form.prefilled": "已根据政府数据预填",
  "form.prefilledFrom": "已由“{origin}”预填",
  "form.prefilledLocked": "已由“{origin}”预填，不可修改",
  "form.resumed": "已恢复您上次未提交的填写内容。",
  "form.prefilledProfile": "已由您的实名信息预填",
  "form.prefilledProfileLocked": "已由您的实名信息预填，不可修改",
  "form.addItem": "添加一行",
  "form.moveUp": "上移",
  "form.moveDown": "下移",
  "form.copy": "复制",
  "widget.choose": "请选择",
  "widget.fileHint": "支持 PDF、JPG、PNG，单个文件不超过 {max} MB",
  "widget.fileChoose": "选择文件",
  "widget.fileNone": "未选择文件",
  "widget.fileTooBig": "“{name}”超过 {max} MB，请压缩后再上传",
  "widget.fileType": "“{name}”的格式不支持，请上传 PDF、JPG 或 PNG",
  "widget.fileRemove": "删除文件 {name}",
  "form.removeItem": "删除此行",
  "form.removeFile": "删除",
  "rate.title": "服务评价",
  "rate.question": "您对本次办理满意吗？",
  "rate.score.5": "非常满意",
  "rate.score.4": "满意",
  "rate.score.3": "基本满意",
  "rate.score.2": "不满意",
  "rate.score.1": "非常不满意",
  "rate.comment": "意见和建议（选填）",
  "rate.submit": "提交评价",
  "rate.done": "您已评价 {score} 星（{at}）",
  "case.correctTitle": "您的申请需要补正",
  "case.materialsTitle": "请补交容缺受理的材料",
  "case.correct": "修改并重新提交",
  "case.resubmit": "提交补正",
  "case.supply": "补交材料",
  "case.materials": "本次补交的材料",
  "case.supplyConfirm": "确认已补交",
  "case.updated": "已提交，等待部门继续办理。",
  "app.status.submitted": "已提交",
  "app.status.in_review": "审核中",
  "app.status.correction_requested": "需补正",
  "app.status.approved": "已通过",
  "app.status.rejected": "未通过",
  "app.status.completed": "已办结",
  "app.detail": "办件详情",
  "app.id": "办件编号",
  "app.submittedAt": "提交时间",
  "app.status": "办理状态",
  "app.timeline": "办理进度",
  "app.data": "申报内容",
  "app.tasks": "部门环节",
  "app.none": "您还没有办件。",
  "app.submittedOk": "提交成功！您的办件编号是 {id}，请记下以便查询。",
  "app.bundle": "一件事",
  "app.open": "查看",
  "wb.inbox": "待办事项",
  "wb.inboxEmpty": "暂无待办。",
  "wb.handledEmpty": "暂无已办。",
  "wb.open": "待办",
  "wb.handled": "已办",
  "wb.refresh": "刷新",
  "wb.task": "环节",
  "wb.applicant": "申请人",
  "wb.received": "收到时间",
  "wb.due": "办理期限",
  "wb.sla": "时效",
  "wb.sla.on_time": "正常",
  "wb.sla.due_soon": "即将到期",
  "wb.sla.overdue": "已超期",
  "wb.case": "案件",
  "wb.decision": "办理意见",
  "wb.comment": "意见说明",
  "wb.commentHint": "不予通过时请写明原因，申请人会看到此说明。",
  "wb.action.approve": "通过",
  "wb.action.reject": "不予通过",
  "wb.action.return": "退回补正",
  "wb.action.return_for_correction": "退回补正",
  "wb.action.accept": "受理",
  "wb.action.accept_with_deficiency": "容缺受理",
  "wb.action.claim": "认领",
  "wb.action.notify_promise": "告知承诺",
  "wb.action.results_issued": "出件",
  "wb.confirm": "确认{action}",
  "wb.cancel": "取消",
  "wb.outcome.cancelled": "已取消",
  "wb.outcome.auto_approved": "超时自动通过",
  "wb.result": "办理结果",
  "wb.resultName": "结果名称",
  "wb.resultDocument": "证照编号或文号",
  "wb.resultRequired": "请填写结果证照的编号或文号",
  "wb.deficiencies": "需补正的内容",
  "wb.deficiencyHint": "一次性告知：列出全部需要补正的表单内容或材料，并逐项说明原因。",
  "wb.deficiencyWhat": "补正项",
  "wb.deficiencyReason": "原因",
  "wb.addDeficiency": "再加一项",
  "wb.deficiencyRequired": "请至少列出一项需补正的内容，并写明原因",
  "wb.missingMaterials": "后补的材料",
  "wb.missingMaterialsRequired": "请选择容缺后补的材料",
  "wb.deficiencyDays": "补齐期限（日）",
  "wb.delivery": "送达方式",
  "wb.delivery.online": "网上送达（电子证照）",
  "wb.delivery.post": "邮寄",
  "wb.delivery.window": "窗口领取",
  "wb.field": "表单：{label}",
  "wb.material": "材料：{label}",
  "wb.done": "已办理：{outcome}",
  "wb.conflict": "该环节已被他人处理：{message}",
  "wb.taskStatus.open": "待办理",
  "wb.taskStatus.done": "已办结",
  "wb.taskStatus.paused": "已暂停",
  "wb.taskStatus.returned": "已退回补正",
  "wb.taskStatus.cancelled": "已取消",
  "wb.taskStatus.withdrawn": "已撤回",
  "wb.department": "部门",
  "wb.commentRequired": "不予通过时必须填写意见说明",
  "ed.bundles": "一件事列表",
  "ed.key": "标识",
  "ed.title": "名称",
  "ed.category": "分类",
  "ed.latest": "最新发布版本",
  "ed.draftUpdated": "草稿更新",
  "ed.unpublished": "未发布",
  "ed.open": "编辑",
  "ed.draft": "草稿（JSON）",
  "ed.draftHint": "直接编辑一件事的 JSON 规格。保存时服务器会逐项检查，并指出每个问题的位置（JSON 指针）。",
  "ed.save": "保存草稿",
  "ed.saving": "正在保存…",
  "ed.saved": "草稿已保存（{at}）",
  "ed.invalidJson": "JSON 格式错误：{message}",
  "ed.problems": "草稿有 {n} 个问题，未保存：",
  "ed.versions": "版本历史",
  "ed.noVersions": "尚未发布任何版本。",
  "ed.version": "版本",
  "ed.publishedAt": "发布时间",
  "ed.publishedBy": "发布人",
  "ed.changeSummary": "变更说明",
  "ed.publish": "发布新版本",
  "ed.publishing": "正在发布…",
  "ed.published": "已发布版本 {v}",
  "ed.publishHint": "发布后的版本不可修改；已提交的办件继续使用其提交时的版本。",
  "ed.changeSummaryRequired": "请填写变更说明",
  "ed.adminOnly": "只有管理员可以发布。",
  "ed.format": "格式化",
} as const;

export type MessageKey = keyof typeof zh | EditorKey;

const en: Record<keyof typeof zh, string> = {
  ...MATERIALS_EN,
  ...FIELDS_EN,
  ...HANDLING_EN,
  ...SUPERVISION_EN,
  ...PORTAL_EN,
  ...LISTS_EN,
  ...DOCUMENTS_EN,
  ...PRIVACY_EN,
  ...KIOSK_EN,
  ...TIMELINE_EN,
  ...GUIDES_EN,
  ...COUNTER_EN,
  ...FORM_ERRORS_EN,
  "app.name": "One-Thing Services",
  "app.portal": "Service portal",
  "app.workbench": "Department workbench",
  "app.editor": "One-thing designer",
  "app.footer": "yijian · open-source low-code platform for one-thing-at-once services",
  "a11y.skip": "Skip to main content",
  "a11y.lang": "Interface language",
  "a11y.breadcrumb": "Breadcrumb",
  "a11y.mainNav": "Main navigation",
  "common.loading": "Loading…",
  "common.retry": "Retry",
  "common.back": "Back",
  "common.none": "None",
  "common.error": "Something went wrong",
  "common.requestId": "Request id",
  "common.notFound": "Page not found",
  "common.home": "Home",
  "common.listSeparator": ", ",
  "common.labelSeparator": ": ",
  "common.network": "Cannot reach the server; check the network and try again",
  "common.badResponse": "The server's answer could not be read ({status})",
  "auth.login": "Log in",
  "auth.logout": "Log out",
  "auth.username": "Username",
  "auth.password": "Password",
  "auth.loginTitle": "Log in",
  "auth.loginHint": "Log in with your account to continue.",
  "auth.loggingIn": "Logging in…",
  "auth.hello": "Hello, {name}",
  "auth.needRole": "This account may not use this function; log in as {roles}.",
  "auth.required": "Enter your username and password",
  "portal.catalog": "One-thing catalog",
  "portal.catalogIntro": "Pick the thing you need done: told once, one form, done once.",
  "portal.search": "Search",
  "portal.searchPlaceholder": "e.g. start a company, birth",
  "portal.noMatch": "Nothing matches “{q}”.",
  "portal.itemCount": "{n} items",
  "portal.lead": "Lead department",
  "portal.cooperating": "Cooperating departments",
  "portal.items": "Items included",
  "portal.itemDept": "Department",
  "portal.promise": "Promised time",
  "portal.days": "{n} {unit}",
  "portal.start": "Start application",
  "portal.myApplications": "My applications",
  "portal.audience.person": "Individuals",
  "portal.audience.enterprise": "Enterprises",
  "portal.version": "Version {v}",
  "guide.title": "Your situation",
  "guide.intro": "Answer a few questions to see exactly which items and materials apply to you.",
  "guide.notice": "What you need",
  "guide.applies": "Items to apply for ({n})",
  "guide.skipped": "Not needed in your situation",
  "guide.materials": "Materials to prepare",
  "guide.noMaterials": "No extra materials needed",
  "guide.held": "Not needed (held as an e-licence)",
  "guide.deferrable": "May be supplied later (within {n} days)",
  "guide.promised": "Done within {n} working days (items handled in parallel)",
  "guide.statutory": "{n} days if applied for separately",
  "guide.free": "Free of charge",
  "guide.toForm": "Next: fill in the form",
  "guide.yes": "Yes",
  "guide.no": "No",
  "guide.answerAll": "Please answer every question first: {list}",
  "form.title": "Application form",
  "form.section": "Part {i} of {n}",
  "form.sections": "Form parts",
  "form.progress": "{done} of {n} parts complete",
  "form.prev": "Previous",
  "form.next": "Next",
  "form.submit": "Submit application",
  "form.submitting": "Submitting…",
  "form.editAnswers": "Change situation",
  "form.summaryTitle": "{n} problems to fix",
  "form.summaryIntro": "Please fix the following before submitting:",
  "form.sectionErrors": "{n} problems to fix in this part",
  "form.required": "required",
  "form.serverRejected": "The server did not accept the submission:",
  "form.loginToSubmit": "Log in before submitting. What you entered is kept.",
  "form.prefilled": "Prefilled from government records",
  "form.prefilledFrom": "Prefilled from “{origin}”",
  "form.prefilledLocked": "Prefilled from “{origin}”; cannot be changed",
  "form.resumed": "Your unfinished application has been restored.",
  "form.prefilledProfile": "Prefilled from your verified identity",
  "form.prefilledProfileLocked": "Prefilled from your verified identity; cannot be changed",
  "form.addItem": "Add row",
  "form.moveUp": "Move up",
  "form.moveDown": "Move down",
  "form.copy": "Copy",
  "widget.choose": "Choose…",
  "widget.fileHint": "PDF, JPG or PNG, up to {max} MB each",
  "widget.fileChoose": "Choose file",
  "widget.fileNone": "No file chosen",
  "widget.fileTooBig": "“{name}” is larger than {max} MB; please compress it",
  "widget.fileType": "“{name}” has an unsupported format; upload PDF, JPG or PNG",
  "widget.fileRemove": "Remove file {name}",
  "form.removeItem": "Remove row",
  "form.removeFile": "Remove",
  "rate.title": "Rate this service",
  "rate.question": "How satisfied are you?",
  "rate.score.5": "Very satisfied",
  "rate.score.4": "Satisfied",
  "rate.score.3": "Neutral",
  "rate.score.2": "Dissatisfied",
  "rate.score.1": "Very dissatisfied",
  "rate.comment": "Comments (optional)",
  "rate.submit": "Submit rating",
  "rate.done": "You rated {score} stars ({at})",
  "case.correctTitle": "Your application needs corrections",
  "case.materialsTitle": "Please supply the materials accepted for later",
  "case.correct": "Correct and resubmit",
  "case.resubmit": "Submit corrections",
  "case.supply": "Supply materials",
  "case.materials": "Materials supplied now",
  "case.supplyConfirm": "Confirm supplied",
  "case.updated": "Sent; the departments will continue.",
  "app.status.submitted": "Submitted",
  "app.status.in_review": "In review",
  "app.status.correction_requested": "Correction requested",
  "app.status.approved": "Approved",
  "app.status.rejected": "Rejected",
  "app.status.completed": "Completed",
  "app.detail": "Application",
  "app.id": "Application no.",
  "app.submittedAt": "Submitted",
  "app.status": "Status",
  "app.timeline": "Progress",
  "app.data": "What you submitted",
  "app.tasks": "Department steps",
  "app.none": "You have no applications yet.",
  "app.submittedOk": "Submitted! Your case number is {id}; keep it to look the case up.",
  "app.bundle": "One-thing",
  "app.open": "Open",
  "wb.inbox": "Inbox",
  "wb.inboxEmpty": "Nothing to do.",
  "wb.handledEmpty": "Nothing handled yet.",
  "wb.open": "To do",
  "wb.handled": "Handled",
  "wb.refresh": "Refresh",
  "wb.task": "Step",
  "wb.applicant": "Applicant",
  "wb.received": "Received",
  "wb.due": "Due",
  "wb.sla": "Time limit",
  "wb.sla.on_time": "On time",
  "wb.sla.due_soon": "Due soon",
  "wb.sla.overdue": "Overdue",
  "wb.case": "Case",
  "wb.decision": "Decision",
  "wb.comment": "Comment",
  "wb.commentHint": "When rejecting, give the reason; the applicant will see it.",
  "wb.action.approve": "Approve",
  "wb.action.reject": "Reject",
  "wb.action.return": "Request correction",
  "wb.action.return_for_correction": "Request correction",
  "wb.action.accept": "Accept",
  "wb.action.accept_with_deficiency": "Accept with deficiency",
  "wb.action.claim": "Claim",
  "wb.action.notify_promise": "Accept on promise",
  "wb.action.results_issued": "Issue results",
  "wb.confirm": "Confirm: {action}",
  "wb.cancel": "Cancel",
  "wb.outcome.cancelled": "Cancelled",
  "wb.outcome.auto_approved": "Approved automatically (time limit)",
  "wb.result": "Result",
  "wb.resultName": "Result name",
  "wb.resultDocument": "Licence or document number",
  "wb.resultRequired": "Enter the licence or document number of the result",
  "wb.deficiencies": "What must be corrected",
  "wb.deficiencyHint": "Tell everything at once: list every form field or material to correct, each with its reason.",
  "wb.deficiencyWhat": "Item",
  "wb.deficiencyReason": "Reason",
  "wb.addDeficiency": "Add another",
  "wb.deficiencyRequired": "List at least one item to correct, with its reason",
  "wb.missingMaterials": "Materials to supply later",
  "wb.missingMaterialsRequired": "Choose the materials to be supplied later",
  "wb.deficiencyDays": "Days to supply them",
  "wb.delivery": "Delivery",
  "wb.delivery.online": "Online (e-licence)",
  "wb.delivery.post": "By post",
  "wb.delivery.window": "Collect at the window",
  "wb.field": "Form: {label}",
  "wb.material": "Material: {label}",
  "wb.done": "Done: {outcome}",
  "wb.conflict": "Someone else already acted on this step: {message}",
  "wb.taskStatus.open": "Open",
  "wb.taskStatus.done": "Done",
  "wb.taskStatus.paused": "Paused",
  "wb.taskStatus.returned": "Returned for correction",
  "wb.taskStatus.cancelled": "Cancelled",
  "wb.taskStatus.withdrawn": "Withdrawn",
  "wb.department": "Department",
  "wb.commentRequired": "A comment is required when rejecting",
  "ed.bundles": "One-things",
  "ed.key": "Key",
  "ed.title": "Title",
  "ed.category": "Category",
  "ed.latest": "Latest version",
  "ed.draftUpdated": "Draft updated",
  "ed.unpublished": "Unpublished",
  "ed.open": "Edit",
  "ed.draft": "Draft (JSON)",
  "ed.draftHint": "Edit the one-thing's JSON spec. On save the server checks it and points at every problem (JSON pointer).",
  "ed.save": "Save draft",
  "ed.saving": "Saving…",
  "ed.saved": "Draft saved ({at})",
  "ed.invalidJson": "Invalid JSON: {message}",
  "ed.problems": "The draft has {n} problems and was not saved:",
  "ed.versions": "Version history",
  "ed.noVersions": "No version published yet.",
  "ed.version": "Version",
  "ed.publishedAt": "Published",
  "ed.publishedBy": "By",
  "ed.changeSummary": "Change summary",
  "ed.publish": "Publish new version",
  "ed.publishing": "Publishing…",
  "ed.published": "Published version {v}",
  "ed.publishHint": "A published version is immutable; submitted applications keep the version they were filled on.",
  "ed.changeSummaryRequired": "Enter a change summary",
  "ed.adminOnly": "Only admins can publish.",
  "ed.format": "Format",
};

export type Lang = "zh-CN" | "en";
type Dictionary = Partial<Record<MessageKey, string>>;
const tables: Record<Lang, Dictionary> = { "zh-CN": { ...zh }, en: { ...en } };
/** Both languages' dictionaries (the apps' own keys, plus the editor's once it registered them): read by translate()
 * and by the completeness test (test/editor/i18n-complete.test.ts). */
export const dictionaries: Readonly<Record<Lang, Readonly<Dictionary>>> = tables;

/** Adds an app's own dictionaries (the editor's, see editor/i18n.ts) so that only that app's bundle carries them. */
export function registerMessages(zhPart: Readonly<Record<EditorKey, string>>, enPart: Readonly<Record<EditorKey, string>>): void {
  Object.assign(tables["zh-CN"], zhPart);
  Object.assign(tables.en, enPart);
}
const STORAGE_KEY = "yijian.lang";
const listeners = new Set<() => void>();

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

let current: Lang = typeof window === "undefined" ? "zh-CN" : readStored();
if (typeof document !== "undefined") document.documentElement.lang = current;

/** Switches the UI language, remembers it and updates <html lang> so screen readers pronounce correctly. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/** The current language, outside React. */
export function getLang(): Lang {
  return current;
}

/** Translates a key, filling {name} placeholders. */
export function translate(key: MessageKey, params?: Record<string, string | number>, lang: Lang = current): string {
  let s = tables[lang][key] ?? tables["zh-CN"][key] ?? key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** React hook: the current language and a t() bound to it; re-renders when the language changes. */
export function useI18n(): { lang: Lang; t: typeof translate; setLang: typeof setLang } {
  const lang = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
    () => "zh-CN" as Lang,
  );
  return { lang, t: (key, params) => translate(key, params, lang), setLang };
}

/** Formats an ISO timestamp for the current language in Beijing time (the service's legal clock):
 * "2026年12月2日 17:30" / "2 Dec 2026 17:30". */
export function formatDateTime(iso: string | undefined, lang: Lang = current): string {
  if (!iso) return "";
  if (Number.isNaN(new Date(iso).getTime())) return iso;
  return lang === "en" ? beijingDateTimeEn(iso) : beijingDateTime(iso);
}

/** Formats a calendar date (YYYY-MM-DD, as forms store it) or an instant's Beijing day: "2026年12月2日" / "2 Dec 2026". */
export function formatDate(value: string | undefined, lang: Lang = current): string {
  if (!value) return "";
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(Number.isNaN(new Date(value).getTime()) ? "" : new Date(new Date(value).getTime() + 8 * 3600_000).toISOString());
  if (!ymd) return value;
  const [y, m, d] = [ymd[1]!, Number(ymd[2]), Number(ymd[3])];
  return lang === "en" ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

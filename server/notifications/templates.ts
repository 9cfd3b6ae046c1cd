// One template per event the applicant is told about, in Chinese, with named variables: the inbox message (title
// and text) and the SMS (signed 【一件】, short). Variables missing from an event are an error, never a blank.
/** The events applicants are notified of. */
export type NotificationEvent = "accepted" | "correction" | "promise_due" | "result_ready" | "rejected" | "rating_invited";

/** A template: which variables it needs and how its texts read. */
export interface Template { event: NotificationEvent; variables: readonly string[]; title: string; inbox: string; sms: string }

/** The SMS signature (短信签名) every message starts with. */
export const SMS_SIGNATURE = "【一件】";

/** The templates, by event. `{name}` is replaced by the variable. */
export const TEMPLATES: Record<NotificationEvent, Template> = {
  accepted: {
    event: "accepted", variables: ["applicant", "bundle", "caseNo", "acceptedOn", "dueOn"],
    title: "申请已受理",
    inbox: "{applicant}，您申请的「{bundle}」（办件编号 {caseNo}）已于{acceptedOn}受理，承诺于{dueOn}前办结。您可在“我的办件”查看办理进度和受理通知书。",
    sms: "{applicant}，您申请的「{bundle}」（{caseNo}）已于{acceptedOn}受理，承诺{dueOn}前办结。",
  },
  correction: {
    event: "correction", variables: ["applicant", "bundle", "caseNo", "list", "count", "when"],
    title: "请补正申请材料",
    inbox: "{applicant}，您申请的「{bundle}」（办件编号 {caseNo}）需要补正以下{count}项内容：{list}。请{when}在“我的办件”中补正，补正期间不计入办理时限。",
    sms: "{applicant}，您的「{bundle}」（{caseNo}）需补正{count}项：{list}。请{when}登录补正。",
  },
  promise_due: {
    event: "promise_due", variables: ["applicant", "bundle", "caseNo", "materials", "deadline", "daysLeft"],
    title: "容缺材料补交即将到期",
    inbox: "{applicant}，您在「{bundle}」（办件编号 {caseNo}）中承诺补交的材料：{materials}，将于{deadline}到期（还剩{daysLeft}个工作日）。逾期未补交将依法处理并记入信用记录，请尽快在“我的办件”中上传。",
    sms: "{applicant}，您承诺补交的{materials}（{caseNo}）还剩{daysLeft}个工作日到期（{deadline}），请尽快补交。",
  },
  result_ready: {
    event: "result_ready", variables: ["applicant", "bundle", "caseNo", "results", "how"],
    title: "办理结果已出件",
    inbox: "{applicant}，您申请的「{bundle}」（办件编号 {caseNo}）已办结，结果：{results}。{how}",
    sms: "{applicant}，您的「{bundle}」（{caseNo}）已出件：{results}。{how}",
  },
  // A refusal tells the reason and the remedy (行政复议法 / 行政诉讼法: the right to review and to sue); never a bare
  // "已办结".
  rejected: {
    event: "rejected", variables: ["applicant", "bundle", "caseNo", "reason"],
    title: "申请未获通过",
    inbox: "{applicant}，您申请的「{bundle}」（办件编号 {caseNo}）经审查决定不予办理，理由：{reason}。您可在“我的办件”查看决定和办理过程；如对决定不服，可以自收到决定之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。",
    sms: "{applicant}，您的「{bundle}」（{caseNo}）经审查不予办理，理由：{reason}。详情请登录“我的办件”查看。",
  },
  rating_invited: {
    event: "rating_invited", variables: ["applicant", "bundle", "caseNo", "outcome"],
    title: "请评价本次服务",
    inbox: "{applicant}，您申请的「{bundle}」（办件编号 {caseNo}）{outcome}。欢迎在“我的办件”中对本次服务进行“好差评”，您的评价将用于改进政务服务。",
    sms: "{applicant}，您的「{bundle}」（{caseNo}）{outcome}，欢迎登录对本次服务作出评价。",
  },
};

/** Fills a template text; throws when the event lacks a variable the template needs. */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`notification template needs variable "${name}"`);
    return v;
  });
}

/** The three texts of an event with its variables. */
export function render(event: NotificationEvent, vars: Record<string, string>): { title: string; inbox: string; sms: string } {
  const t = TEMPLATES[event];
  for (const v of t.variables) if (vars[v] === undefined) throw new Error(`notification ${event} needs variable "${v}"`);
  return { title: t.title, inbox: fill(t.inbox, vars), sms: SMS_SIGNATURE + fill(t.sms, vars) };
}

// Strings of personal-data protection in the workbench: masked sensitive fields and their reveal with a reason.
export const PRIVACY_ZH = {
  "pv.title": "已隐藏的敏感信息",
  "pv.intro": "以下个人敏感信息已按规定隐藏。确需查看时请说明原因，每次查看都会记入访问记录。",
  "pv.show": "查看",
  "pv.reason": "查看原因",
  "pv.reasonHint": "例如：核对身份证件原件",
  "pv.reasonRequired": "请填写查看原因（至少 2 个字）",
  "pv.confirm": "确认查看",
  "pv.cancel": "取消",
  "pv.revealed": "已显示（已记入访问记录）",
} as const;

/** English strings, complete when English is chosen. */
export const PRIVACY_EN: Record<keyof typeof PRIVACY_ZH, string> = {
  "pv.title": "Hidden sensitive data",
  "pv.intro": "The sensitive personal data below is hidden as the rules require. If you must see it, give a reason; every view is recorded in the access log.",
  "pv.show": "Show",
  "pv.reason": "Reason for viewing",
  "pv.reasonHint": "e.g. checking the original ID document",
  "pv.reasonRequired": "Give a reason (at least 2 characters)",
  "pv.confirm": "Show it",
  "pv.cancel": "Cancel",
  "pv.revealed": "Shown (recorded in the access log)",
};

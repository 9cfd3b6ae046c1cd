// Strings of the one-thing's JSON view (editor/json/) and the applicant preview (editor/preview/).
export const EDITOR_VIEWS_ZH = {
  "ed.json.aria": "一件事 JSON 规格（可编辑）",
  "ed.json.notObject": "顶层必须是 JSON 对象",
  "ed.json.undo.edit": "编辑 JSON",
  "ed.json.help": "直接编辑一件事的 JSON 规格：按规格实时校验，Ctrl+空格 补全。合法的修改会同步到其他视图；语法错误只停留在此处，不会影响可视化设计。Esc 后 Tab 可离开编辑器。",
  "ed.json.syntaxError": "JSON 语法错误，尚未应用：{error}",
  "ed.preview.phone": "手机 360",
  "ed.preview.desktop": "桌面 1280",
  "ed.preview.kiosk": "自助终端 1920",
  "ed.preview.error": "预览出错：{error}",
  "ed.preview.widths": "预览宽度",
  "ed.preview.scale": "按指引默认答案预览；缩放 {percent}%",
  "ed.preview.incomplete": "合并后的表单还不完整，无法预览：{problem}（请在“表单合并”中生成）。",
  "ed.preview.frame": "申请人预览：{size}",
  "ed.preview.valid": "预览：表单校验通过（不会提交）",
} as const;

export const EDITOR_VIEWS_EN: Record<keyof typeof EDITOR_VIEWS_ZH, string> = {
  "ed.json.aria": "The one-thing's JSON spec (editable)",
  "ed.json.notObject": "The top level must be a JSON object",
  "ed.json.undo.edit": "Edit the JSON",
  "ed.json.help": "Edit the one-thing's JSON spec directly: it is checked against the spec as you type, Ctrl+Space completes. Valid changes reach the other views; a syntax error stays here and does not touch the visual design. Press Esc, then Tab, to leave the editor.",
  "ed.json.syntaxError": "JSON syntax error, not applied yet: {error}",
  "ed.preview.phone": "Phone 360",
  "ed.preview.desktop": "Desktop 1280",
  "ed.preview.kiosk": "Kiosk 1920",
  "ed.preview.error": "The preview failed: {error}",
  "ed.preview.widths": "Preview width",
  "ed.preview.scale": "Previewed with the guide's default answers; scale {percent}%",
  "ed.preview.incomplete": "The merged form is not complete and cannot be previewed: {problem} (generate it under “Form merge”).",
  "ed.preview.frame": "Applicant preview: {size}",
  "ed.preview.valid": "Preview: the form is valid (nothing is submitted)",
};

// Catalogue test data: a complete item draft (every element publishing needs) of a department.

/** A complete item draft of a department; `over` replaces or adds elements. */
export function fullDraft(id: string, department: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, task_name: "测试许可事项", department, task_type: "01", by_law: "《测试条例》第三条", anticipate_day: 20, promise_day: 5, project_type: "2",
    serve_type: ["1", "2"], handle_type: ["1", "2"], accept_condition: "申请人为本区居民",
    materials: [{ id: "shenqingbiao", material_name: "申请表", necessity: "必要", source_type: "10", copies: 1 }],
    form: { schema: { type: "object", properties: { name: { type: "string", title: "姓名" } } } }, ...over,
  };
}

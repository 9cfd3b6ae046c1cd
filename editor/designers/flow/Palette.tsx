// The palette of the flow spec's node types: drag one onto the canvas, or press it to add it in the middle.
import { NODE_TYPE_LIST } from "../../../spec/flow/index.js";
import { useL } from "../common/lang.js";

/** Drag data type of a palette entry. */
export const NODE_MIME = "application/x-yijian-node";

const HINT: Record<string, string> = {
  start: "申请人提交", acceptance: "前台综合受理", review: "部门后台审批", auto: "规则自动审批", exclusive: "按条件走一条分支",
  parallel: "多部门同时办理", join: "等待全部分支", results: "结果一并发放", end: "办结或终止",
};

/** The palette. */
export function Palette({ onAdd }: { onAdd(type: string): void }) {
  const L = useL();
  return (
    <nav className="flowd__palette" aria-label={L("节点类型", "Node types")}>
      <h3 className="small">{L("节点（拖入画布）", "Nodes (drag)")}</h3>
      <ul>
        {NODE_TYPE_LIST.map((t) => (
          <li key={t.type}>
            <button type="button" className={`palette-item palette-item--${t.type}`} draggable data-testid={`palette-${t.type}`}
              onDragStart={(e) => { e.dataTransfer.setData(NODE_MIME, t.type); e.dataTransfer.effectAllowed = "move"; }}
              onClick={() => onAdd(t.type)} title={L(`${t.label}：${HINT[t.type] ?? ""}（拖入画布或按回车添加）`, `${t.labelEn}: drag onto the canvas or press Enter`)}>
              <span className="palette-item__name">{L(t.label, t.labelEn)}</span>
              <span className="palette-item__hint">{HINT[t.type]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The palette of the flow spec's node types: drag one onto the canvas, or press it to add it in the middle.
import { NODE_TYPE_LIST } from "../../../spec/flow/index.js";
import { useI18n, type MessageKey } from "../../i18n.js";
import { nodeTypeName } from "./model.js";

/** Drag data type of a palette entry. */
export const NODE_MIME = "application/x-yijian-node";

const HINT: Record<string, MessageKey> = {
  start: "ed.flow.palette.hint.start", acceptance: "ed.flow.palette.hint.acceptance", review: "ed.flow.palette.hint.review", auto: "ed.flow.palette.hint.auto",
  exclusive: "ed.flow.palette.hint.exclusive", parallel: "ed.flow.palette.hint.parallel", join: "ed.flow.palette.hint.join", results: "ed.flow.palette.hint.results", end: "ed.flow.palette.hint.end",
};

/** The palette. */
export function Palette({ onAdd }: { onAdd(type: string): void }) {
  const { t, lang } = useI18n();
  return (
    <nav className="flowd__palette" aria-label={t("ed.flow.palette.label")}>
      <h3 className="small">{t("ed.flow.palette.title")}</h3>
      <ul>
        {NODE_TYPE_LIST.map((type) => {
          const hintKey = HINT[type.type];
          const hint = hintKey ? t(hintKey) : "";
          return (
            <li key={type.type}>
              <button type="button" className={`palette-item palette-item--${type.type}`} draggable data-testid={`palette-${type.type}`}
                onDragStart={(e) => { e.dataTransfer.setData(NODE_MIME, type.type); e.dataTransfer.effectAllowed = "move"; }}
                onClick={() => onAdd(type.type)} title={t("ed.flow.palette.item", { label: nodeTypeName(type, type.type, lang), hint })}>
                <span className="palette-item__name">{nodeTypeName(type, type.type, lang)}</span>
                <span className="palette-item__hint">{hint}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

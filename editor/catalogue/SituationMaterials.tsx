// The materials of one situation (情形): which of the item's own materials apply (all of them unless staff untick
// some) and the materials only this situation needs, with the server's problems shown by row.
import type { SituationInput } from "../../spec/catalogue/situation.js";
import type { ShownProblem } from "../workspace/problems.js";
import { useMsg } from "../designers/common/lang.js";
import { useI18n } from "../i18n.js";
import { MATERIAL_COLUMNS } from "../items/elements.js";
import { TableEditor } from "../items/TableEditor.js";
import { situationFieldId } from "./SituationField.js";
import { useShownColumns } from "./situation-columns.js";
import type { Json } from "../../spec/common.js";

/** A situation's own materials get generated ids (never shown): staff name them, they never type an id. */
const OWN_COLUMNS = MATERIAL_COLUMNS.filter((c) => c.key !== "id").map((c) => (c.key === "material_name" ? { ...c, width: "12rem" } : c));
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** A material id used neither by the item nor by any of its situations. */
function freshMaterialId(item: Json, situationId: string, own: Json[]): string {
  const used = new Set([...arr(item.materials), ...arr(item.situations).flatMap((s) => arr(s.materials))].map((m) => m.id));
  const stem = /^[a-z][a-z0-9_-]{0,50}$/.test(situationId) ? situationId : "s";
  let n = own.length + 1;
  while (used.has(`${stem}-m${n}`)) n++;
  return `${stem}-m${n}`;
}

/** Props: the situation, its index, the item draft, its pointer, the problems and the setter. */
export function SituationMaterials({ situation, index, item, pointer, problems, onChange }: {
  situation: SituationInput; index: number; item: Json; pointer: string; problems: ShownProblem[]; onChange(next: SituationInput): void;
}) {
  const { t } = useI18n();
  const M = useMsg();
  const columns = useShownColumns(OWN_COLUMNS);
  const itemMaterials = arr(item.materials).filter((m) => typeof m.id === "string");
  const picked = situation.item_materials;
  const own = arr(situation.materials);
  const toggle = (id: string, on: boolean) => {
    const current = picked ?? itemMaterials.map((m) => m.id as string);
    const next = on ? itemMaterials.map((m) => m.id as string).filter((x) => x === id || current.includes(x)) : current.filter((x) => x !== id);
    const all = next.length === itemMaterials.length;
    const rest = { ...situation };
    delete rest.item_materials;
    onChange(all ? rest : { ...rest, item_materials: next });
  };
  const stray = problems.filter((p) => p.pointer.startsWith(`${pointer}/item_materials/`) || p.pointer.startsWith(`${pointer}/materials/`));
  return (
    <fieldset className="field cat-sit__group">
      <legend>{t("ed.situation.materials")}</legend>
      <fieldset className="field" id={situationFieldId(index, "item_materials")} aria-describedby={`${situationFieldId(index, "item_materials")}-help`}>
        <legend className="small">{t("ed.situation.itemMaterials")}</legend>
        {!itemMaterials.length ? <p className="muted small">{t("ed.situation.noItemMaterials")}</p> : (
          <div className="cat-sit__checks">
            {itemMaterials.map((m) => (
              <label key={m.id as string} className="choice">
                <input type="checkbox" checked={!picked || picked.includes(m.id as string)} onChange={(e) => toggle(m.id as string, e.target.checked)} />
                {" "}{typeof m.material_name === "string" && m.material_name ? m.material_name : (m.id as string)}
              </label>
            ))}
          </div>
        )}
        <p className="field__help" id={`${situationFieldId(index, "item_materials")}-help`}>{t("ed.situation.itemMaterialsHelp")}</p>
      </fieldset>
      <div id={situationFieldId(index, "materials")} tabIndex={-1}>
        <TableEditor caption="ed.situation.ownMaterials" idPrefix={`sit-${index}-own`} rows={own} columns={columns}
          onChange={(rows) => onChange({ ...situation, materials: rows as SituationInput["materials"] })}
          newRow={() => ({ id: freshMaterialId(item, situation.id, own), material_name: "", necessity: "必要", source_type: "10", originals: 1, copies: 0 })} />
      </div>
      {stray.length > 0 && <ul className="field__error">{stray.map((p, i) => <li key={i}>{M(p.message)}</li>)}</ul>}
    </fieldset>
  );
}

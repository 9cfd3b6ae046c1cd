// The time limits and fees of one situation (情形): statutory and promised limits (empty = the item's, whose value
// the help shows) and, when staff say the fees differ, the situation's own fee table replacing the item's.
import type { SituationInput } from "../../spec/catalogue/situation.js";
import { useI18n } from "../i18n.js";
import { CHARGE_COLUMNS } from "../items/elements.js";
import { TableEditor } from "../items/TableEditor.js";
import { problemAt, type ShownProblem } from "../workspace/problems.js";
import { useMsg } from "../designers/common/lang.js";
import { SituationField, situationFieldId } from "./SituationField.js";
import { useShownColumns } from "./situation-columns.js";
import type { Json } from "../../spec/common.js";


/** Props: the situation, its index, the item draft, its pointer, the problems and the element setter. */
export function SituationLimits({ situation, index, item, pointer, problems, set }: {
  situation: SituationInput; index: number; item: Json; pointer: string; problems: ShownProblem[]; set(key: string, value: unknown): void;
}) {
  const { t } = useI18n();
  const M = useMsg();
  const columns = useShownColumns(CHARGE_COLUMNS);
  const s = situation as SituationInput & Json;
  const day = (key: "anticipate_day" | "promise_day", label: string) => {
    const own = s[key];
    const inherited = item[key];
    return (
      <SituationField id={situationFieldId(index, key)} label={label} error={problemAt(problems, `${pointer}/${key}`, M)}
        help={typeof inherited === "number" ? t("ed.situation.sameAsItem", { n: inherited }) : t("ed.situation.sameAsItemUnset")}>
        {(a) => <input {...a} type="number" min={0} step={1} inputMode="numeric" value={typeof own === "number" ? own : ""}
          onChange={(e) => set(key, e.target.value === "" ? undefined : Number(e.target.value))} />}
      </SituationField>
    );
  };
  const charges = Array.isArray(s.charges) ? (s.charges as Json[]) : undefined;
  const chargeErrors = problems.filter((p) => p.pointer.startsWith(`${pointer}/charges/`));
  return (
    <fieldset className="field cat-sit__group">
      <legend>{t("ed.situation.limits")}</legend>
      <div className="form-grid-2">
        {day("anticipate_day", t("ed.situation.anticipate"))}
        {day("promise_day", t("ed.situation.promise"))}
      </div>
      <label className="choice">
        <input type="checkbox" id={situationFieldId(index, "charges")} checked={!!charges}
          onChange={(e) => set("charges", e.target.checked ? (Array.isArray(item.charges) ? item.charges : []) : undefined)} />
        {" "}{t("ed.situation.ownCharges")}
      </label>
      {charges && (
        <>
          <p className="field__help">{t("ed.situation.chargesHelp")}</p>
          <TableEditor caption="ed.situation.charges" idPrefix={`sit-${index}-fees`} rows={charges} columns={columns}
            onChange={(rows) => set("charges", rows)} newRow={() => ({ name: "", standard: "", reducible: false })} />
        </>
      )}
      {chargeErrors.length > 0 && <ul className="field__error">{chargeErrors.map((p, i) => <li key={i}>{M(p.message)}</li>)}</ul>}
    </fieldset>
  );
}

// One situation (情形) of an item draft: its name and id, description, the condition that selects it (the guide
// designer's condition builder over the item's form fields), acceptance conditions, materials, limits, fees and
// notes. An element left empty is the item's; each field shows the server's problem at its pointer.
import type { Condition } from "../../spec/conditions.js";
import type { SituationInput } from "../../spec/catalogue/situation.js";
import { useI18n } from "../i18n.js";
import { ConditionBuilder } from "../designers/common/ConditionBuilder.js";
import { problemAt, type ShownProblem } from "../workspace/problems.js";
import { useMsg } from "../designers/common/lang.js";
import { formVariables } from "./situation-variables.js";
import { SituationField, situationFieldId } from "./SituationField.js";
import { SituationLimits } from "./SituationLimits.js";
import { SituationMaterials } from "./SituationMaterials.js";
import "../designers/common/designers.css";
import type { Json } from "../../spec/common.js";


/** Props: the situation, its index, the item draft, its pointer (/items/0/situations/i), the problems and the setter. */
export function SituationEditor({ situation, index, item, pointer, problems, onChange }: {
  situation: SituationInput; index: number; item: Json; pointer: string; problems: ShownProblem[]; onChange(next: SituationInput): void;
}) {
  const { t } = useI18n();
  const M = useMsg();
  const s = situation as SituationInput & Json;
  const set = (key: string, value: unknown) => {
    const next: Json = { ...s };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onChange(next as SituationInput);
  };
  const err = (key: string) => problemAt(problems, `${pointer}/${key}`, M);
  const id = (key: string) => situationFieldId(index, key);
  const text = (key: string) => (typeof s[key] === "string" ? (s[key] as string) : "");
  const variables = formVariables(item.form, (title) => t("ed.situation.fieldVar", { title }));
  return (
    <div className="cat-sit" data-testid={`situation-editor-${index}`}>
      <div className="form-grid-2">
        <SituationField id={id("title")} label={t("ed.situation.title")} help={t("ed.situation.titleHelp")} error={err("title")}>
          {(a) => <input {...a} type="text" maxLength={200} value={text("title")} onChange={(e) => onChange({ ...situation, title: e.target.value })} />}
        </SituationField>
        <SituationField id={id("id")} label={t("ed.situation.id")} help={t("ed.situation.idHelp")} error={err("id")}>
          {(a) => <input {...a} type="text" maxLength={64} className="code" value={text("id")} onChange={(e) => onChange({ ...situation, id: e.target.value })} />}
        </SituationField>
      </div>
      <SituationField id={id("description")} label={t("ed.situation.description")} error={err("description")}>
        {(a) => <textarea {...a} rows={2} maxLength={2000} value={text("description")} onChange={(e) => set("description", e.target.value)} />}
      </SituationField>
      <div id={id("when")} tabIndex={-1}>
        <ConditionBuilder value={s.when as Condition | undefined} onChange={(c) => set("when", c)} variables={variables}
          label={t("ed.situation.when")} emptyText={t("ed.situation.whenEmpty")} />
        {!variables.length && <p className="field__help">{t("ed.situation.whenNoFields")}</p>}
        <div className="field__error">{err("when")}</div>
      </div>
      <SituationField id={id("accept_condition")} label={t("ed.situation.accept")} help={t("ed.situation.acceptHelp")} error={err("accept_condition")}>
        {(a) => <textarea {...a} rows={2} maxLength={4000} value={text("accept_condition")} onChange={(e) => set("accept_condition", e.target.value)} />}
      </SituationField>
      <SituationMaterials situation={situation} index={index} item={item} pointer={pointer} problems={problems} onChange={onChange} />
      <SituationLimits situation={situation} index={index} item={item} pointer={pointer} problems={problems} set={set} />
      <SituationField id={id("notes")} label={t("ed.situation.notes")} error={err("notes")}>
        {(a) => <textarea {...a} rows={2} maxLength={4000} value={text("notes")} onChange={(e) => set("notes", e.target.value)} />}
      </SituationField>
    </div>
  );
}

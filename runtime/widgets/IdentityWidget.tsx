// 证件号码 (identity kind): capitals as typed, and — when the number is a valid GB 11643 one — the sex and date of
// birth it carries said beside the field (the sibling fields are filled and locked by the form renderer).
import type { WidgetProps } from "@rjsf/utils";
import { checkGb11643, MALE } from "../../spec/fields/id-documents.js";
import { todayInBeijing } from "../../spec/fields/today.js";
import { formatDate, useI18n } from "../shared/i18n.js";
import TextWidget from "./TextWidget.js";

/** The identity widget. */
export default function IdentityWidget(props: WidgetProps) {
  const { t, lang } = useI18n();
  const v = typeof props.value === "string" ? props.value : "";
  const verdict = v.length === 18 ? checkGb11643(v, todayInBeijing()) : undefined;
  const facts = verdict?.ok ? verdict.facts : undefined;
  return (
    <>
      <TextWidget {...props} schema={{ ...props.schema, format: "cn-idcard" }} />
      {facts && <p className="field__help" aria-live="polite">{t("fk.idFacts", { sex: t(facts.sex === MALE ? "fk.sexMale" : "fk.sexFemale"), birth: formatDate(facts.birthDate, lang) })}</p>}
    </>
  );
}

// 统一社会信用代码 (organisation kind): capitals as typed, and the registration authority, organisation type and
// registration region decoded beside a valid code, so a wrong organisation's code is noticed at once.
import type { WidgetProps } from "@rjsf/utils";
import { decodeUscc } from "../../spec/fields/kinds/organisation.js";
import { useI18n, type MessageKey } from "../shared/i18n.js";
import TextWidget from "./TextWidget.js";

/** The organisation widget. */
export default function OrganisationWidget(props: WidgetProps) {
  const { t } = useI18n();
  const value = typeof props.value === "string" ? props.value : "";
  const facts = value.length === 18 ? decodeUscc(value) : undefined;
  // the authority and type by their GB 32100 codes (the code's first two characters) in the UI language
  const named = facts && {
    authority: t(`fk.uscc.${value[0]}` as MessageKey), type: t(`fk.uscc.${value[0]}.${value[1]}` as MessageKey),
    region: value.slice(2, 4) === "10" ? t("fk.uscc.central") : facts.region,
  };
  return (
    <>
      <TextWidget {...props} schema={{ ...props.schema, format: "cn-uscc" }} />
      {named && <p className="field__help" aria-live="polite">{t("fk.usccFacts", named)}</p>}
    </>
  );
}

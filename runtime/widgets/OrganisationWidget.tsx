// 统一社会信用代码 (organisation kind): capitals as typed, and the registration authority, organisation type and
// registration region decoded beside a valid code, so a wrong organisation's code is noticed at once.
import type { WidgetProps } from "@rjsf/utils";
import { decodeUscc } from "../../spec/fields/kinds/organisation.js";
import { useI18n } from "../shared/i18n.js";
import TextWidget from "./TextWidget.js";

/** The organisation widget. */
export default function OrganisationWidget(props: WidgetProps) {
  const { t } = useI18n();
  const facts = typeof props.value === "string" && props.value.length === 18 ? decodeUscc(props.value) : undefined;
  return (
    <>
      <TextWidget {...props} schema={{ ...props.schema, format: "cn-uscc" }} />
      {facts && <p className="field__help" aria-live="polite">{t("fk.usccFacts", { ...facts })}</p>}
    </>
  );
}

// What staff must see before they accept or approve: the required materials of this case still missing (neither
// uploaded, nor held as an e-licence, nor promised under 容缺), and those promised for later.
import { useI18n } from "../shared/i18n.js";
import type { CaseMaterial } from "./case-materials.js";

/** The missing-materials notice of the decision panel (a short confirmation when nothing is missing). */
export function MissingMaterials({ materials }: { materials: CaseMaterial[] }) {
  const { t } = useI18n();
  const missing = materials.filter((m) => m.missing);
  const promised = materials.filter((m) => m.promised);
  if (!materials.length) return null;
  return (
    <div className={`alert ${missing.length ? "alert--warning" : "alert--success"}`} role="status" id="missing-materials">
      {missing.length ? (
        <>
          <strong>{t("wb.missingTitle", { n: missing.length })}</strong>
          <p className="small">{t("wb.missingHint")}</p>
          <ul>{missing.map((m) => <li key={m.key}>{m.name}</li>)}</ul>
        </>
      ) : <span>{t("wb.noneMissing")}</span>}
      {promised.length > 0 && <p className="small">{t("wb.promisedPending", { names: promised.map((m) => m.name).join(t("common.listSeparator")) })}</p>}
    </div>
  );
}

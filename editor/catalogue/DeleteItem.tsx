// 删除事项 on an item's page (owning department, admin): asks first, then DELETE /api/items/:id. While one-things use
// the item the server refuses (409) and the refusal, naming each one-thing and how it uses the item, is shown here.
import { useState } from "react";
import type { CatalogueItemView } from "../../spec/catalogue/api.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { navigate } from "../../runtime/shared/router.js";
import { useI18n } from "../i18n.js";

/** The delete section of an item page. */
export function DeleteItem({ view }: { view: CatalogueItemView }) {
  const { t } = useI18n();
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = view.entry.name;
  const remove = async () => {
    if (!window.confirm(t("ed.catalogue.deleteConfirm", { name }))) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      await api("DELETE", `/api/items/${encodeURIComponent(view.entry.id)}`);
      navigate("/catalogue");
    } catch (err) {
      setRefusal(err instanceof ApiRequestError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="cat-delete">
      <h2 id="cat-delete">{t("ed.catalogue.delete")}</h2>
      <p className="muted small">{view.usedBy.length ? t("ed.catalogue.deleteUsed", { n: view.usedBy.length }) : t("ed.catalogue.deleteHelp")}</p>
      {refusal && <p className="alert alert--error" role="alert" data-testid="delete-refusal">{refusal}</p>}
      <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void remove()}>{t("ed.catalogue.delete")}</button>
    </section>
  );
}

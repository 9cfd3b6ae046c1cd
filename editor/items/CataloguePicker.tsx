// 从事项目录添加: search the published catalogue, choose an item and one of its published versions, and add that
// version's document to the one-thing — the very document the server pins (server/catalogue/pins.ts), so the saved
// draft passes the pin check. Items the one-thing already holds are shown, not offered twice.
import { useEffect, useId, useState, type FormEvent } from "react";
import type { CatalogueListView, ItemVersionView } from "../../spec/catalogue/api.js";
import type { CatalogueEntry, ItemVersionSummary } from "../../spec/catalogue/record.js";
import type { Json } from "../../spec/common.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { formatDate, useI18n } from "../i18n.js";

/** Props: the ids the one-thing already holds, where to add the chosen version, how to close. */
export function CataloguePicker({ takenIds, onAdd, onClose }: { takenIds: string[]; onAdd(item: Json, label: string): void; onClose(): void }) {
  const { t, lang } = useI18n();
  const uid = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<CatalogueEntry[]>();
  const [total, setTotal] = useState(0);
  const [chosen, setChosen] = useState<CatalogueEntry>();
  const [versions, setVersions] = useState<ItemVersionSummary[]>([]);
  const [version, setVersion] = useState<number>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const failed = (err: unknown) => setError(err instanceof ApiRequestError ? [err.message, ...err.problems.map((p) => p.message)].join(t("common.clauseSeparator")) : String(err));

  const search = async (e?: FormEvent) => {
    e?.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const params = new URLSearchParams({ published: "1", pageSize: "20", ...(q.trim() ? { q: q.trim() } : {}) });
      const r = await api<CatalogueListView>("GET", `/api/items?${params}`);
      setResults(r.items);
      setTotal(r.total);
    } catch (err) { failed(err); } finally { setBusy(false); }
  };
  useEffect(() => { void search(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const choose = async (entry: CatalogueEntry) => {
    setChosen(entry);
    setError(undefined);
    try {
      const r = await api<{ versions: ItemVersionSummary[] }>("GET", `/api/items/${encodeURIComponent(entry.id)}/versions`);
      setVersions(r.versions);
      setVersion(r.versions[0]?.version);
    } catch (err) { failed(err); }
  };

  const add = async () => {
    if (!chosen || version === undefined) return;
    setBusy(true);
    try {
      const v = await api<ItemVersionView>("GET", `/api/items/${encodeURIComponent(chosen.id)}/versions/${version}`);
      onAdd(v.spec as unknown as Json, t("ed.items.fromCatalogue.undo", { name: chosen.name, v: version }));
      onClose();
    } catch (err) { failed(err); } finally { setBusy(false); }
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`} style={{ marginBottom: "1rem" }} data-testid="catalogue-picker">
      <h3 id={`${uid}-title`}>{t("ed.items.fromCatalogue")}</h3>
      <p className="muted small">{t("ed.items.fromCatalogue.help")}</p>
      <form className="row" style={{ gap: ".5rem", flexWrap: "wrap", alignItems: "flex-end" }} onSubmit={search} role="search">
        <div className="field" style={{ flex: "1 1 16rem", marginBottom: 0 }}>
          <label htmlFor={`${uid}-q`}>{t("ed.catalogue.search")}</label>
          <input id={`${uid}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("ed.catalogue.searchPlaceholder")} />
        </div>
        <button type="submit" className="btn" disabled={busy}>{t("ed.catalogue.searchButton")}</button>
      </form>
      {error && <p className="alert alert--error" role="alert">{error}</p>}
      {results && (
        <>
          <p className="muted small" aria-live="polite">{t("ed.items.fromCatalogue.found", { n: total })}</p>
          <ul className="list-nav" aria-label={t("ed.items.fromCatalogue.results")}>
            {results.map((r) => {
              const taken = takenIds.includes(r.id);
              return (
                <li key={r.id}>
                  <button type="button" aria-current={chosen?.id === r.id} disabled={taken} onClick={() => void choose(r)}>
                    {r.name}
                    <div className="muted small">{r.deptName} · {t("ed.items.fromCatalogue.latest", { v: r.latestVersion ?? 0 })}{taken ? ` · ${t("ed.items.fromCatalogue.taken")}` : ""}</div>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {chosen && versions.length > 0 && (
        <div className="row" style={{ gap: ".5rem", flexWrap: "wrap", alignItems: "flex-end", marginTop: ".75rem" }}>
          <div className="field" style={{ marginBottom: 0 }}>
            <label htmlFor={`${uid}-version`}>{t("ed.items.fromCatalogue.version", { name: chosen.name })}</label>
            <select id={`${uid}-version`} value={version} onChange={(e) => setVersion(Number(e.target.value))}>
              {versions.map((v) => <option key={v.version} value={v.version}>{t("ed.items.fromCatalogue.versionOption", { v: v.version, at: formatDate(v.publishedAt, lang), summary: v.changeSummary })}</option>)}
            </select>
          </div>
          <button type="button" className="btn btn--primary" disabled={busy || version === undefined} onClick={() => void add()}>{t("ed.items.fromCatalogue.add")}</button>
        </div>
      )}
      <div className="row" style={{ marginTop: ".75rem" }}>
        <button type="button" className="btn" onClick={onClose}>{t("ed.cancel")}</button>
      </div>
    </section>
  );
}

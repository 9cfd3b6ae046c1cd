// The deployment's dictionary extensions in the merge studio: what staff decisions taught the dictionary (who,
// when, from which decision), revert one, export all as JSON, import a file from another deployment. The studio
// re-merges with the active ones, so a change shows at once.
import { useRef, useState } from "react";
import { api, ApiRequestError } from "../../../runtime/shared/api.js";
import { roleName } from "../../../spec/binding/roles-in-text.js";
import { ELEMENT_BY_KEY } from "../../../spec/dictionary/elements.js";
import type { DictionaryExtension } from "../../../spec/dictionary/extensions.js";
import { formatDateTime, translate, useI18n, type Lang, type MessageKey } from "../../i18n.js";

/** A stored extension as the API lists it. */
export interface StoredExtension { id: string; extension: DictionaryExtension; source: string; note: string; createdBy: string; createdAt: string; revertedBy?: string; revertedAt?: string }

const SOURCES: Record<string, MessageKey> = {
  accept: "ed.merge.dict.source.accept", reject: "ed.merge.dict.source.reject", "hand-merge": "ed.merge.dict.source.handMerge",
  rebind: "ed.merge.dict.source.rebind", import: "ed.merge.dict.source.import", manual: "ed.merge.dict.source.manual",
};
const sig = (s: string) => (s.includes("|") ? `${roleName(s.split("|")[0]!)}·${ELEMENT_BY_KEY.get(s.split("|")[1]!)?.label ?? s.split("|")[1]}` : roleName(s));

/** Reads one extension as a sentence in a language (English names the keys, Chinese the elements and roles). */
export function describeExtension(x: DictionaryExtension, lang: Lang): string {
  const t = (key: MessageKey, params: Record<string, string>) => translate(key, params, lang);
  if (x.kind === "element-synonym") return t("ed.merge.dict.elementSynonym", { text: x.text, element: lang === "en" ? x.element : ELEMENT_BY_KEY.get(x.element)?.label ?? x.element });
  if (x.kind === "role-synonym") return t("ed.merge.dict.roleSynonym", { text: x.text, role: lang === "en" ? x.role : roleName(x.role) });
  return t("ed.merge.dict.never", { a: lang === "en" ? x.a : sig(x.a), b: lang === "en" ? x.b : sig(x.b) });
}

/** The panel (see the file comment); `onChanged` reloads the list and re-merges. */
export function DictionaryPanel({ list, onChanged }: { list: StoredExtension[]; onChanged(): void }) {
  const { t, lang } = useI18n();
  const sourceName = (source: string) => { const key = SOURCES[source]; return key ? t(key) : source; };
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const active = list.filter((x) => !x.revertedAt);
  const fail = (e: unknown) => setMessage({ kind: "error", text: e instanceof ApiRequestError ? (e.problems.length ? t("ed.merge.dict.failed", { message: e.message, problems: e.problems.map((d) => `${d.pointer} ${d.message}`).join(t("ed.merge.dict.problemSep")) }) : e.message) : String(e) });
  const revert = async (x: StoredExtension) => {
    try { await api("DELETE", `/api/dictionary/extensions/${x.id}`); setMessage({ kind: "success", text: t("ed.merge.dict.reverted") }); onChanged(); } catch (e) { fail(e); }
  };
  const importFile = async (f: File) => {
    try {
      const r = await api<{ extensions: StoredExtension[] }>("POST", "/api/dictionary/extensions/import", JSON.parse(await f.text()));
      setMessage({ kind: "success", text: t("ed.merge.dict.imported", { n: r.extensions.length }) });
      onChanged();
    } catch (e) { fail(e instanceof SyntaxError ? t("ed.merge.dict.notJson") : e); }
  };
  return (
    <section className="dpanel" aria-labelledby="dict-title" data-testid="dictionary-extensions">
      <h3 id="dict-title">{t("ed.merge.dict.title", { n: active.length })}</h3>
      <p className="muted small">{t("ed.merge.dict.intro")}</p>
      {message && <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <ul className="suggest">
        {list.map((x) => (
          <li key={x.id} className={x.revertedAt ? "is-done" : ""} data-testid={`extension-${x.id}`}>
            <p>{describeExtension(x.extension, lang)}</p>
            <p className="muted small">{sourceName(x.source)} · {x.createdBy} · {t("ed.merge.log.at", { time: formatDateTime(x.createdAt, lang) })}{x.note ? ` · ${x.note}` : ""}</p>
            {x.revertedAt ? <p className="small">{t("ed.merge.dict.revertedBy", { by: x.revertedBy ?? "", at: t("ed.merge.log.at", { time: formatDateTime(x.revertedAt, lang) }) })}</p>
              : <button type="button" className="btn btn--small" onClick={() => void revert(x)}>{t("ed.merge.dict.revert")}</button>}
          </li>
        ))}
      </ul>
      <div className="row">
        <a className="btn btn--small" href="/api/dictionary/extensions/export" download="dictionary-extensions.json">{t("ed.merge.dict.exportJson")}</a>
        <button type="button" className="btn btn--small" onClick={() => file.current?.click()}>{t("ed.merge.dict.importJson")}</button>
        <input ref={file} type="file" accept="application/json,.json" hidden aria-label={t("ed.merge.dict.importFile")} onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ""; }} />
      </div>
    </section>
  );
}

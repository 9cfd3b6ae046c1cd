// The deployment's dictionary extensions in the merge studio: what staff decisions taught the dictionary (who,
// when, from which decision), revert one, export all as JSON, import a file from another deployment. The studio
// re-merges with the active ones, so a change shows at once.
import { useRef, useState } from "react";
import { api, ApiRequestError } from "../../../runtime/shared/api.js";
import { roleName } from "../../../spec/binding/roles-in-text.js";
import { ELEMENT_BY_KEY } from "../../../spec/dictionary/elements.js";
import type { DictionaryExtension } from "../../../spec/dictionary/extensions.js";
import { useL } from "../common/lang.js";

/** A stored extension as the API lists it. */
export interface StoredExtension { id: string; extension: DictionaryExtension; source: string; note: string; createdBy: string; createdAt: string; revertedBy?: string; revertedAt?: string }

const SOURCES: Record<string, [string, string]> = {
  accept: ["接受建议", "accepted suggestion"], reject: ["保持分开", "kept apart"], "hand-merge": ["手动合并", "hand merge"],
  rebind: ["重新绑定", "re-bound"], import: ["导入", "imported"], manual: ["手动添加", "added by hand"],
};
const sig = (s: string) => (s.includes("|") ? `${roleName(s.split("|")[0]!)}·${ELEMENT_BY_KEY.get(s.split("|")[1]!)?.label ?? s.split("|")[1]}` : roleName(s));
const beijing = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** Reads one extension as a sentence. */
export function describeExtension(x: DictionaryExtension, L: (zh: string, en: string) => string): string {
  if (x.kind === "element-synonym") return L(`「${x.text}」是数据元「${ELEMENT_BY_KEY.get(x.element)?.label ?? x.element}」`, `"${x.text}" is the element ${x.element}`);
  if (x.kind === "role-synonym") return L(`「${x.text}」是角色「${roleName(x.role)}」`, `"${x.text}" is the role ${x.role}`);
  return L(`「${sig(x.a)}」与「${sig(x.b)}」不合并`, `never merge ${x.a} with ${x.b}`);
}

/** The panel (see the file comment); `onChanged` reloads the list and re-merges. */
export function DictionaryPanel({ list, onChanged }: { list: StoredExtension[]; onChanged(): void }) {
  const L = useL();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const active = list.filter((x) => !x.revertedAt);
  const fail = (e: unknown) => setMessage({ kind: "error", text: e instanceof ApiRequestError ? `${e.message}${e.problems.length ? "：" + e.problems.map((d) => `${d.pointer} ${d.message}`).join("；") : ""}` : String(e) });
  const revert = async (x: StoredExtension) => {
    try { await api("DELETE", `/api/dictionary/extensions/${x.id}`); setMessage({ kind: "success", text: L("已撤销", "Reverted") }); onChanged(); } catch (e) { fail(e); }
  };
  const importFile = async (f: File) => {
    try {
      const r = await api<{ extensions: StoredExtension[] }>("POST", "/api/dictionary/extensions/import", JSON.parse(await f.text()));
      setMessage({ kind: "success", text: L(`已导入 ${r.extensions.length} 条`, `Imported ${r.extensions.length}`) });
      onChanged();
    } catch (e) { fail(e instanceof SyntaxError ? L("文件不是 JSON", "Not a JSON file") : e); }
  };
  return (
    <section className="dpanel" aria-labelledby="dict-title" data-testid="dictionary-extensions">
      <h3 id="dict-title">{L(`本地数据字典扩展（${active.length}）`, `Dictionary extensions (${active.length})`)}</h3>
      <p className="muted small">{L("接受或拒绝建议、手动合并和重新绑定时学到的同义词与“不合并”对，下次合并任何一件事时生效。", "Learned from staff decisions; applied by every later merge.")}</p>
      {message && <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <ul className="suggest">
        {list.map((x) => (
          <li key={x.id} className={x.revertedAt ? "is-done" : ""} data-testid={`extension-${x.id}`}>
            <p>{describeExtension(x.extension, L)}</p>
            <p className="muted small">{L(SOURCES[x.source]?.[0] ?? x.source, SOURCES[x.source]?.[1] ?? x.source)} · {x.createdBy} · {beijing(x.createdAt)}{x.note ? ` · ${x.note}` : ""}</p>
            {x.revertedAt ? <p className="small">{L(`已由 ${x.revertedBy} 于 ${beijing(x.revertedAt)} 撤销`, `Reverted by ${x.revertedBy}`)}</p>
              : <button type="button" className="btn btn--small" onClick={() => void revert(x)}>{L("撤销", "Revert")}</button>}
          </li>
        ))}
      </ul>
      <div className="row">
        <a className="btn btn--small" href="/api/dictionary/extensions/export" download="dictionary-extensions.json">{L("导出 JSON", "Export JSON")}</a>
        <button type="button" className="btn btn--small" onClick={() => file.current?.click()}>{L("导入 JSON", "Import JSON")}</button>
        <input ref={file} type="file" accept="application/json,.json" hidden aria-label={L("选择要导入的扩展文件", "File to import")} onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ""; }} />
      </div>
    </section>
  );
}

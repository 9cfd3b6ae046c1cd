// The cascading picker behind the region and classification kinds: one native <select> per level (keyboard,
// screen reader and the phone's own picker for free) plus a type-ahead search by name, code or pinyin
// (pinyin-pro, loaded on first search). The value is the code of the deepest level chosen.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "../shared/i18n.js";

/** One node of a code tree. */
export interface CodeNode { code: string; name: string; children: CodeNode[] }

/** Props of the cascader. */
export interface CodeCascaderProps {
  id: string;
  title: string;
  roots: CodeNode[];
  /** Root → node path of the current value (empty when none). */
  path: CodeNode[];
  levels: number;
  levelLabels: string[];
  value: string | undefined;
  onChange(code: string | undefined): void;
  onBlur?(): void;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  /** Show the code before the name in options (classification lists), never for regions. */
  showCode?: boolean;
  /** The children a node offers (default: all of them); regions stop at the rank the field asks for. */
  childrenOf?(node: CodeNode): CodeNode[];
}

const allChildren = (n: CodeNode) => n.children;

type Entry = { node: CodeNode; full: string };
let pinyin: typeof import("pinyin-pro") | undefined;

function flatten(roots: CodeNode[], levels: number, childrenOf: (n: CodeNode) => CodeNode[]): Entry[] {
  const out: Entry[] = [];
  const walk = (n: CodeNode, names: string[], depth: number) => {
    const full = [...names, n.name].join(" / ");
    out.push({ node: n, full });
    if (depth < levels) childrenOf(n).forEach((c) => walk(c, [...names, n.name], depth + 1));
  };
  roots.forEach((r) => walk(r, [], 1));
  return out;
}

/** Entries matching a query: code prefix, name substring, or pinyin (full or initials) once pinyin-pro has loaded. */
export function searchEntries(entries: Entry[], query: string, limit = 8): Entry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: Entry[] = [];
  for (const e of entries) {
    const ok = e.node.code.toLowerCase().startsWith(q) || e.node.name.includes(query.trim())
      || (/^[a-z]+$/.test(q) && !!pinyin?.match(e.node.name, q, { precision: "start" }));
    if (ok) hits.push(e);
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The cascader. */
export function CodeCascader(p: CodeCascaderProps) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [, setPinyinReady] = useState(!!pinyin);
  const childrenOf = p.childrenOf ?? allChildren;
  const entries = useMemo(() => (query ? flatten(p.roots, p.levels, childrenOf) : []), [p.roots, p.levels, query !== ""]); // eslint-disable-line react-hooks/exhaustive-deps -- flattened once when a search starts, not per keystroke
  const hits = useMemo(() => searchEntries(entries, query), [entries, query, pinyin]); // eslint-disable-line react-hooks/exhaustive-deps -- pinyin is a module value loaded later: re-search when it arrives
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (query && !pinyin) void import("pinyin-pro").then((m) => { pinyin = m; setPinyinReady(true); });
  }, [query]);

  const pick = (code: string | undefined) => { p.onChange(code); setQuery(""); };
  const selects: Array<{ options: CodeNode[]; selected?: CodeNode }> = [];
  let options = p.roots;
  for (let level = 0; level < p.levels && options.length; level++) {
    const selected = p.path[level];
    selects.push({ options, selected });
    if (!selected) break;
    options = childrenOf(selected);
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!hits.length) return;
    if (e.key === "ArrowDown") { e.preventDefault(); setActive((a) => (a + 1) % hits.length); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => (a - 1 + hits.length) % hits.length); }
    else if (e.key === "Enter") { e.preventDefault(); pick(hits[Math.min(active, hits.length - 1)]!.node.code); }
    else if (e.key === "Escape") setQuery("");
  };
  const label = (n: CodeNode) => (p.showCode ? `${n.code} ${n.name}` : n.name);
  return (
    <div className="cascader" data-kind-widget="cascader">
      <div className="cascader__levels">
        {selects.map((s, level) => (
          <select key={level} id={level === 0 ? p.id : `${p.id}__l${level}`} className="form-control" disabled={p.disabled}
            aria-label={level === 0 ? undefined : `${p.title}${t("common.labelSeparator")}${p.levelLabels[level] ?? t("fk.level", { n: level + 1 })}`}
            aria-describedby={level === 0 ? p.describedBy : undefined} aria-invalid={p.invalid || undefined}
            value={s.selected?.code ?? ""} onBlur={p.onBlur}
            onChange={(e) => pick(e.target.value || (level > 0 ? p.path[level - 1]!.code : undefined))}>
            <option value="">{`${t("fk.choose")}${p.levelLabels[level] ?? ""}`}</option>
            {s.options.map((o) => <option key={o.code} value={o.code}>{label(o)}</option>)}
          </select>
        ))}
      </div>
      {!p.disabled && (
        <div className="cascader__search">
          <input ref={searchRef} type="search" className="form-control" role="combobox" aria-expanded={hits.length > 0} aria-controls={listId}
            aria-autocomplete="list" aria-label={t("fk.searchLabel", { title: p.title })} placeholder={t("fk.search")} value={query}
            aria-activedescendant={hits.length ? `${listId}-${Math.min(active, hits.length - 1)}` : undefined}
            onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKey} onBlur={() => window.setTimeout(() => setQuery(""), 200)} />
          {query.trim() !== "" && (
            <ul id={listId} role="listbox" className="cascader__hits" aria-label={t("fk.searchLabel", { title: p.title })}>
              {hits.length === 0 && <li className="muted small" role="option" aria-selected={false} aria-disabled>{t("fk.noMatch")}</li>}
              {hits.map((h, i) => (
                <li key={h.node.code} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "is-active" : undefined}
                  onMouseDown={(e) => { e.preventDefault(); pick(h.node.code); }}>{p.showCode ? `${h.node.code} ${h.full}` : h.full}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

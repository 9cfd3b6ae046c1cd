// The merge studio (一表申报, the 9 → 1 moment): the items' original forms side by side with the merged smart
// form; hovering a merged field highlights its sources (provenance); re-merge with spec/merge's options; accept
// or keep apart each suggestion, see conflicts; drag (or move with buttons) fields to reorder and regroup; edit
// labels and help; live before → after statistics.
import { useCallback, useEffect, useMemo, useState } from "react";
import "../common/designers.css";
import type { DesignerProps } from "../../state/draft-store.js";
import { formStats, mergeForms, MergeInputError, type MergeSuggestion } from "../../../spec/merge/index.js";
import { ROLES } from "../../../spec/dictionary/roles.js";
import { arr, obj, type Json } from "../common/doc.js";
import { CheckField, SelectField, TextField } from "../common/fields.js";
import { msgIn } from "../common/lang.js";
import { useI18n } from "../../i18n.js";
import { schemaAt } from "../common/variables.js";
import { fieldLabels } from "../common/field-labels.js";
import { SourceColumns, StatsBar, SuggestionList } from "./MergePanels.js";
import { api } from "../../../runtime/shared/api.js";
import { useSession } from "../../../runtime/shared/session.js";
import { DictionaryPanel, type StoredExtension } from "./DictionaryPanel.js";
import { EditLog, HandTools } from "./HandPanel.js";
import { editsOf, editText as recordText, handMerge, learnt, rebindSource, recordMove, replay, splitSource } from "./hand-ops.js";
import { mergedSections, mergeSources, moveRow, moveSection, sourceOwners, textEditStep } from "./ops.js";
import { acceptSuggestion, isDecided, reconsiderSuggestion, suggestionMerged } from "./suggestions.js";
// catalogue pins (issue 15): a "keep apart" is recorded in form.decisions so item upgrades replay it
import { recordDecision } from "../../../spec/catalogue/replay.js";

const sig = (s: MergeSuggestion) => s.sources.map((r) => `${r.item}#${r.pointer}`).sort().join("|");

/** The merge studio (DesignerProps contract of the editor shell). */
export function MergeStudio({ doc, onChange }: DesignerProps) {
  const { t, lang } = useI18n();
  const form = obj(doc.form);
  const items = arr<Json>(doc.items);
  const sources = useMemo(() => mergeSources(doc), [doc.items, doc.guide, doc.audience]); // eslint-disable-line react-hooks/exhaustive-deps -- the sources are built from these parts only; other draft edits must not re-merge
  // Defaults of the merge options from the current form: roles the profile prefills, licences in use.
  const initial = useMemo(() => {
    const pre = Object.entries(obj(form.prefill)).map(([p, v]) => ({ p, v: obj(v) }));
    const roles = [...new Set(pre.filter((x) => x.v.source === "profile").map((x) => x.p.split("/")[2] ?? ""))].filter((r) => ROLES.some((x) => x.key === r));
    const licences = [...new Set(pre.filter((x) => x.v.source === "licence").map((x) => String(x.v.key)))];
    return { roles: roles.length ? roles : ["applicant"], licences };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- defaults read once, when the studio opens
  // Applying every suggestion unconfirmed is an explicit choice; by default a re-merge applies only strong merges and staff decisions.
  const [applyAll, setApplyAll] = useState(false);
  const [profileRoles, setProfileRoles] = useState<string[]>(initial.roles);
  const [licences, setLicences] = useState(initial.licences.join(","));
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [hover, setHover] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const [pinned, setPinned] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState<string>();
  const [over, setOver] = useState<string>();
  const who = useSession().user?.displayName ?? "?";
  const [extensions, setExtensions] = useState<StoredExtension[]>([]);
  const loadExtensions = useCallback(() => { api<{ extensions: StoredExtension[] }>("GET", "/api/dictionary/extensions").then((r) => setExtensions(r.extensions), () => setExtensions([])); }, []);
  useEffect(loadExtensions, [loadExtensions]);
  const active = useMemo(() => extensions.filter((x) => !x.revertedAt).reverse().map((x) => x.extension), [extensions]);
  const options = () => ({ profileRoles, extensions: active, decisions: obj(form.decisions) as Record<string, "accept" | "reject">, ...(licences.trim() ? { licences: licences.split(/[,，\s]+/).filter(Boolean) } : {}) });
  /** Teaches the dictionary what a decision on a suggestion means (nothing when there is nothing to learn). */
  const teach = (s: MergeSuggestion, decision: "accept" | "reject") => {
    const x = learnt(s.learn, decision);
    if (x) api("POST", "/api/dictionary/extensions", { extensions: [x], source: decision, note: s.message.zh.slice(0, 200) }).then(loadExtensions, () => undefined);
  };

  // The suggestions and conflicts of these items: a merge that applies only strong evidence lists them all.
  const analysis = useMemo(() => {
    try { return { result: mergeForms(sources, { ...options(), hand: editsOf(form) }) }; } catch (e) { return { error: e instanceof MergeInputError ? e.message : String(e) }; }
  }, [sources, profileRoles, licences, active, form.edits, form.decisions]); // eslint-disable-line react-hooks/exhaustive-deps -- options() reads exactly these; the rest of the form must not re-run the merge
  const owners = useMemo(() => sourceOwners(form), [form]);
  const counts = useMemo(() => new Map(Object.entries(obj(form.provenance)).map(([p, r]) => [p, arr(r).length])), [form]);
  const stats = useMemo(() => formStats(items.map((it) => ({ form: { schema: obj(it.form).schema }, pages: typeof it.pages === "number" ? it.pages : 1 })), { provenance: obj(form.provenance) as never, prefill: obj(form.prefill) as never }), [items, form]);
  const sections = useMemo(() => mergedSections(form, lang), [form, lang]);
  const focus = hover ?? selected;
  const highlight = useMemo(() => {
    const set = new Set<string>(hover ? [] : pinned);
    if (!focus) return set;
    for (const [p, refs] of Object.entries(obj(form.provenance))) if (p === focus || p.startsWith(focus + "/")) for (const r of arr<{ item: string; pointer: string }>(refs)) set.add(`${r.item}#${r.pointer}`);
    return set;
  }, [focus, form, hover, pinned]);
  const itemName = (id: string) => String(items.find((i) => i.id === id)?.task_name ?? id);
  const pickLabels = useMemo(() => fieldLabels(form, Object.keys(obj(form.provenance)), itemName), [form, items]); // eslint-disable-line react-hooks/exhaustive-deps -- itemName reads items
  const setForm = (f: Json, label: string) => onChange({ ...doc, form: f }, label);

  const status = (s: MergeSuggestion): "merged" | "pending" | "rejected" => {
    // A group suggestion is merged when each of its pairs is one field (its fields are never all one field).
    if (suggestionMerged(form, s)) return "merged";
    return rejected.has(sig(s)) || obj(form.decisions)[s.id] === "reject" ? "rejected" : "pending";
  };
  const accept = (s: MergeSuggestion) => {
    // Field by field (姓名 with 姓名), all or nothing: a refused pair is a refusal with its reason, never a success.
    const r = acceptSuggestion(form, s, who, itemName);
    if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
    setForm(r.form, t("ed.merge.undo.accept"));
    teach(s, "accept");
    setSelected(r.pointer);
    setMessage({ kind: "success", text: t("ed.merge.msg.merged", { title: String(schemaAt(r.form.schema, r.pointer)?.title ?? r.pointer) }) });
  };
  /** Withdraws a decision (staff's or the template authors'): the suggestion waits for staff again. */
  const reconsider = (s: MergeSuggestion) => {
    const r = reconsiderSuggestion(sources, form, s, { ...options(), applySuggestions: applyAll });
    if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
    setForm(r.form, t("ed.merge.undo.reconsider"));
    setRejected(new Set([...rejected].filter((x) => x !== sig(s))));
    setSelected(undefined);
    setMessage({ kind: "success", text: t("ed.merge.msg.reconsidered") });
  };
  const remerge = () => {
    try {
      const out = replay(sources, form, editsOf(form), { ...options(), applySuggestions: applyAll });
      if ("error" in out) throw new Error(out.error);
      // The suggestions of the new form: those still waiting for staff (or, applying all, those now merged).
      const fresh = mergeForms(sources, { ...options(), hand: editsOf(out.form) });
      const waiting = fresh.suggestions.filter((s) => !suggestionMerged(out.form, s) && obj(out.form.decisions)[s.id] !== "reject");
      const r = { stats: formStats(sources, out.form as never), suggestions: applyAll ? fresh.suggestions.filter((s) => suggestionMerged(out.form, s)) : waiting, conflicts: fresh.conflicts };
      setForm(out.form, t("ed.merge.undo.remerge"));
      setRejected(new Set());
      setSelected(undefined);
      setMessage({ kind: "success", text: t("ed.merge.msg.remerged", { before: r.stats.fieldsBefore, after: r.stats.fieldsAfter, suggestions: r.suggestions.length, state: t(applyAll ? "ed.merge.msg.applied" : "ed.merge.msg.toConfirm"), conflicts: r.conflicts.length }) });
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof MergeInputError ? e.message : String(e) });
    }
  };
  const move = (from: string, toSection: string, before?: string) => {
    const r = moveRow(form, from, toSection, before);
    if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
    setForm(recordMove(form, r.form, from, toSection, before, who), toSection === from.split("/").slice(0, -2).join("/") ? t("ed.merge.undo.reorderField") : t("ed.merge.undo.regroupField"));
    if (selected === from) setSelected(r.pointer);
  };
  const sectionOf = (pointer: string) => sections.find((s) => s.rows.some((r) => r.pointer === pointer || pointer.startsWith(r.pointer + "/")));
  const sourceLabel = (r: { item: string; pointer: string }) => t("ed.merge.sourceLabel", { item: itemName(r.item), field: String(schemaAt(obj(items.find((i) => i.id === r.item)?.form).schema, r.pointer)?.title ?? r.pointer) });
  const selSection = selected ? sectionOf(selected) : undefined;
  const selRow = selSection?.rows.find((r) => r.pointer === selected);
  // A group row (an item's nested section) holds several fields: the hand tools work on the one picked inside it.
  const [leafPick, setLeafPick] = useState<string>();
  const handLeaf = selRow ? (selRow.container ? (selRow.leaves.includes(leafPick ?? "") ? leafPick! : selRow.leaves[0]) : selRow.pointer) : undefined;
  /** A label or help edit of the selected field, logged with who and when: its own undo step (typing in it coalesces,
   *  the next field does not). */
  const editText = (key: "title" | "description", v: string) => {
    if (!selRow || !selSection) return;
    const step = textEditStep(key, selSection.title, selRow.key);
    setForm(recordText(form, selRow, key, v, who), msgIn(lang, step));
  };

  return (
    <div className="merge" data-testid="merge-studio">
      <StatsBar stats={stats} />
      {message && <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <div className="merge__body">
        <SourceColumns items={items} owners={owners} highlight={highlight} onHover={setHover} counts={counts} />
        <section className="merged" aria-labelledby="merged-title" data-testid="merged-form">
            <h3 id="merged-title">{t("ed.merge.merged.title", { n: Object.keys(obj(form.provenance)).length })}</h3>
            <p className="muted small">{t("ed.merge.merged.hint")}</p>
            {sections.map((sec, si) => (
              <div key={sec.pointer || "root"} className={`msection ${over === `sec:${sec.pointer}` ? "is-drop" : ""}`}
                onDragOver={(e) => { if (dragging) { e.preventDefault(); setOver(`sec:${sec.pointer}`); } }}
                onDrop={(e) => { e.preventDefault(); if (dragging) move(dragging, sec.pointer); setDragging(undefined); setOver(undefined); }}>
                <h4 className="row" style={{ justifyContent: "space-between" }}>
                  <span>{sec.title} <span className="muted small">{t("ed.merge.section.count", { n: sec.rows.length })}</span></span>
                  {sec.key && (
                    <span className="row">
                      <button type="button" className="btn btn--small" disabled={si === 0} aria-label={t("ed.merge.section.up", { title: sec.title })} onClick={() => setForm(moveSection(form, sec.key, -1), t("ed.merge.undo.reorderSections"))}>↑</button>
                      <button type="button" className="btn btn--small" disabled={si === sections.length - 1} aria-label={t("ed.merge.section.down", { title: sec.title })} onClick={() => setForm(moveSection(form, sec.key, 1), t("ed.merge.undo.reorderSections"))}>↓</button>
                    </span>
                  )}
                </h4>
                <ul className="mfields">
                  {sec.rows.map((row) => {
                    const n = row.leaves.reduce((s, l) => s + (counts.get(l) ?? 0), 0);
                    const prefilled = row.leaves.some((l) => l in obj(form.prefill));
                    return (
                      <li key={row.pointer} className={`mfield ${focus === row.pointer ? "is-hl" : ""} ${selected === row.pointer ? "is-sel" : ""} ${over === row.pointer ? "is-over" : ""}`}
                        draggable data-testid={`merged-${row.pointer}`}
                        onDragStart={(e) => { e.dataTransfer.setData("text/plain", row.pointer); e.dataTransfer.effectAllowed = "move"; setDragging(row.pointer); }}
                        onDragEnd={() => { setDragging(undefined); setOver(undefined); }}
                        onDragOver={(e) => { if (dragging) { e.preventDefault(); e.stopPropagation(); setOver(row.pointer); } }}
                        onDrop={(e) => { e.preventDefault(); e.stopPropagation(); if (dragging && dragging !== row.pointer) move(dragging, sec.pointer, row.key); setDragging(undefined); setOver(undefined); }}
                        onMouseEnter={() => setHover(row.pointer)} onMouseLeave={() => setHover(undefined)}>
                        <button type="button" className="linkbtn mfield__title" aria-pressed={selected === row.pointer} onClick={() => { setPinned(new Set()); setSelected(row.pointer); }}>
                          {row.container ? "▤ " : ""}{row.title}
                        </button>
                        {prefilled && <span className="mfield__pre" title={t("ed.merge.field.prefilledTitle")}>{t("ed.merge.field.prefilled")}</span>}
                        <span className="mfield__n" title={t("ed.merge.field.sourceCount", { n })}>{n}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
        </section>
      </div>
      <div className="merge__tools">
        <div>
          {selRow && selSection && (
            <section className="dpanel" aria-labelledby="mfield-title" data-testid="merged-field-editor">
              <h3 id="mfield-title">{t("ed.merge.field.title", { title: selRow.title })}</h3>
              <TextField label={t("ed.merge.field.label")} value={String(schemaAt(form.schema, selRow.pointer)?.title ?? "")} onChange={(v) => editText("title", v)} />
              <TextField label={t("ed.merge.field.help")} multiline value={String(schemaAt(form.schema, selRow.pointer)?.description ?? "")} onChange={(v) => editText("description", v)} />
              <div className="row">
                <button type="button" className="btn btn--small" onClick={() => { const i = selSection.rows.indexOf(selRow); if (i > 0) move(selRow.pointer, selSection.pointer, selSection.rows[i - 1]!.key); }}>{t("ed.merge.field.up")}</button>
                <button type="button" className="btn btn--small" onClick={() => { const i = selSection.rows.indexOf(selRow); move(selRow.pointer, selSection.pointer, selSection.rows[i + 2]?.key); }}>{t("ed.merge.field.down")}</button>
              </div>
              <SelectField label={t("ed.merge.field.moveTo")} value={selSection.pointer} options={sections.filter((s) => s.key).map((s) => ({ value: s.pointer, label: s.title }))} onChange={(v) => v !== selSection.pointer && move(selRow.pointer, v)} />
              {selRow.container && (
                <SelectField label={t("ed.merge.field.leaf")} value={handLeaf ?? ""} onChange={setLeafPick}
                  options={selRow.leaves.map((p) => ({ value: p, label: String(schemaAt(form.schema, p)?.title ?? p) }))} />
              )}
              {handLeaf && <HandTools key={handLeaf}
                sources={arr<{ item: string; pointer: string }>(obj(form.provenance)[handLeaf]).map((r) => ({ ...r, label: sourceLabel(r) }))}
                others={Object.keys(obj(form.provenance)).filter((p) => p !== handLeaf).map((p) => ({ pointer: p, label: pickLabels.get(p) ?? p }))}
                onMerge={(other) => {
                  const r = handMerge(form, handLeaf, other, who, itemName);
                  if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
                  setForm(r.form, t("ed.merge.undo.handMerge"));
                  setSelected(r.pointer);
                  setMessage({ kind: "success", text: t("ed.merge.msg.handMerged", { title: String(schemaAt(r.form.schema, r.pointer)?.title ?? r.pointer) }) });
                }}
                onSplit={(ref) => {
                  const r = splitSource(sources, form, ref, who, { ...options(), applySuggestions: applyAll });
                  if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
                  setForm(r.form, t("ed.merge.undo.split"));
                  setSelected(undefined);
                  setMessage({ kind: "success", text: t("ed.merge.msg.split", { source: sourceLabel(ref) }) });
                }}
                onRebind={(ref, change) => {
                  const r = rebindSource(sources, form, ref, change, who, { ...options(), applySuggestions: applyAll });
                  if ("error" in r) { setMessage({ kind: "error", text: r.error }); return; }
                  setForm(r.form, t("ed.merge.undo.rebind"));
                  setSelected(undefined);
                  setMessage({ kind: "success", text: t("ed.merge.msg.rebound", { source: sourceLabel(ref) }) });
                }} />}
            </section>
          )}
          <section className="dpanel" aria-labelledby="remerge-title">
            <h3 id="remerge-title">{t("ed.merge.remerge")}</h3>
            <CheckField label={t("ed.merge.remerge.applyAll")} checked={applyAll} onChange={setApplyAll} />
            <fieldset className="dgroup"><legend>{t("ed.merge.remerge.profileRoles")}</legend>
              {ROLES.filter((r) => ["applicant", "legalRep", "agent", "liaison", "financeOfficer"].includes(r.key) || profileRoles.includes(r.key)).map((r) => (
                <CheckField key={r.key} label={r.label} checked={profileRoles.includes(r.key)} onChange={(v) => setProfileRoles(v ? [...profileRoles, r.key] : profileRoles.filter((x) => x !== r.key))} />
              ))}
            </fieldset>
            <TextField label={t("ed.merge.remerge.licences")} value={licences} onChange={setLicences} />
            <button type="button" className="btn btn--primary" onClick={remerge}>{t("ed.merge.remerge")}</button>
            <p className="muted small">{t("ed.merge.remerge.hint")}</p>
          </section>
        </div>
        <div>
          {analysis.error && <p className="alert alert--error">{analysis.error}</p>}
          {analysis.result && (
            <SuggestionList suggestions={analysis.result.suggestions} conflicts={analysis.result.conflicts} status={status} itemName={itemName}
              decided={(s) => isDecided(form, s)} onReconsider={reconsider} onAccept={accept} onReject={(s) => { setRejected(new Set([...rejected, sig(s)])); setForm(recordDecision(form, s.id, "reject"), t("ed.merge.undo.keepApart")); teach(s, "reject"); }}
              onShow={(s) => { setPinned(new Set(s.sources.map((r) => `${r.item}#${r.pointer}`))); const p = owners.get(`${s.sources[0]!.item}#${s.sources[0]!.pointer}`); if (p) setSelected(p); }} />
          )}
          <EditLog edits={editsOf(form)} label={sourceLabel} />
          <DictionaryPanel list={extensions} onChanged={loadExtensions} />
        </div>
      </div>
    </div>
  );
}

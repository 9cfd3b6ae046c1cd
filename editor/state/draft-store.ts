// The one document the editor edits — the bundle draft — with a bounded, coalescing undo history and live
// validation. Every designer receives DesignerProps and reports edits through onChange(next, label).
import { useCallback, useDeferredValue, useMemo, useReducer } from "react";
import { guideFormProblems, type GuideFormFix } from "../../spec/consistency.js";
import { validateBundle, type SpecProblem } from "../../spec/spec-validation.js";

/** The raw bundle document (BundleInput JSON); may be invalid while editing. */
export type DraftDoc = Record<string, unknown>;

/** A department the designers can pick (from GET /api/departments): its canonical name and the short names it also goes by. */
export interface DepartmentOption { id: string; name: string; aliases?: string[] }

/** Props of every designer: the document, how to change it, its problems and the departments. */
export interface DesignerProps {
  doc: DraftDoc;
  /** Replaces the document (never mutate `doc`); `label` names the step in the undo history (Chinese). */
  onChange(next: DraftDoc, label: string): void;
  problems: SpecProblem[];
  departments: DepartmentOption[];
}

/** One entry of the undo history. */
export interface HistoryEntry { doc: DraftDoc; label: string; at: number }

/** Maximum number of undo steps kept. */
export const HISTORY_LIMIT = 200;
/** Edits with the same label within this many ms are coalesced into one undo step (typing). */
export const COALESCE_MS = 800;

interface State {
  past: HistoryEntry[];
  present: HistoryEntry;
  future: HistoryEntry[];
  /** The document last saved or loaded; dirty = present differs from it. */
  saved: DraftDoc;
}

type Action =
  | { type: "set"; doc: DraftDoc; label: string; at: number }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset"; doc: DraftDoc }
  | { type: "saved"; doc: DraftDoc };

/** Pure reducer of the draft history (exported for unit tests). */
export function draftReducer(state: State, action: Action): State {
  switch (action.type) {
    case "set": {
      if (action.doc === state.present.doc) return state;
      const entry: HistoryEntry = { doc: action.doc, label: action.label, at: action.at };
      const coalesce = state.past.length > 0 && state.present.label === action.label && action.at - state.present.at < COALESCE_MS;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT);
      return { ...state, past, present: entry, future: [] };
    }
    case "undo": {
      if (!state.past.length) return state;
      const prev = state.past[state.past.length - 1]!;
      return { ...state, past: state.past.slice(0, -1), present: { ...prev, at: 0 }, future: [state.present, ...state.future] };
    }
    case "redo": {
      if (!state.future.length) return state;
      const [next, ...rest] = state.future;
      return { ...state, past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: { ...next!, at: 0 }, future: rest };
    }
    case "reset":
      return initialState(action.doc);
    case "saved":
      return { ...state, saved: action.doc, present: { ...state.present, doc: action.doc, at: 0 } };
  }
}

/** The starting state for a freshly loaded document. */
export function initialState(doc: DraftDoc): State {
  return { past: [], present: { doc, label: "打开草稿", at: 0 }, future: [], saved: doc };
}

/** The draft store hook used by the workspace. */
export function useDraftStore(initial: DraftDoc) {
  const [state, dispatch] = useReducer(draftReducer, initial, initialState);
  const doc = state.present.doc;
  const set = useCallback((next: DraftDoc, label: string) => dispatch({ type: "set", doc: next, label, at: Date.now() }), []);
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);
  const reset = useCallback((d: DraftDoc) => dispatch({ type: "reset", doc: d }), []);
  const markSaved = useCallback((d: DraftDoc) => dispatch({ type: "saved", doc: d }), []);
  const validation = useMemo(() => validateBundle(doc), [doc]);
  // A valid draft is also checked against its guide (what the form requires must fit every situation). That walks
  // every situation, so it runs on a deferred copy and only when the items, guide or form change.
  const deferred = useDeferredValue(doc);
  const guideForm = useMemo<Array<SpecProblem & { severity?: "warning"; fix?: GuideFormFix }>>(() => {
    const r = validateBundle(deferred);
    return r.ok ? guideFormProblems(r.value) : [];
  }, [deferred.items, deferred.guide, deferred.form]); // eslint-disable-line react-hooks/exhaustive-deps -- only these parts of the draft change the guide/form check
  const problems = useMemo<Array<SpecProblem & { severity?: "warning"; fix?: GuideFormFix }>>(() => (validation.ok ? guideForm : validation.problems), [validation, guideForm]);
  // what blocks publishing: the spec's own problems (guide/form findings are warnings the designer weighs)
  const errorCount = validation.ok ? 0 : validation.problems.length;
  const dirty = useMemo(() => doc !== state.saved && JSON.stringify(doc) !== JSON.stringify(state.saved), [doc, state.saved]);
  const history = useMemo(() => [...state.past.map((e) => e.label), state.present.label], [state.past, state.present]);
  return {
    doc, set, undo, redo, reset, markSaved,
    canUndo: state.past.length > 0, canRedo: state.future.length > 0,
    /** Labels of the steps, oldest first; the last one is the current state. */
    history,
    /** Labels of the redoable steps, next first. */
    future: state.future.map((e) => e.label),
    undoLabel: state.past.length ? state.present.label : undefined,
    redoLabel: state.future[0]?.label,
    dirty, problems, errorCount,
  };
}

/** What useDraftStore returns. */
export type DraftStore = ReturnType<typeof useDraftStore>;

// Types of the merge: its inputs (sources, options), its outputs (result, suggestions, conflicts) and the
// internal field node and suggestion edge the phases in ./phases pass along.
import type { Bilingual } from "../bilingual.js";
import type { SmartForm, SourceRef } from "../bundle.js";
import type { Condition } from "../conditions.js";
import type { FieldBinding, FormInput, Party } from "../binding/bind.js";
import type { FormLeaf } from "../binding/inspect.js";
import type { DictionaryExtension } from "../dictionary/extensions.js";
import type { FormStats } from "./stats.js";

/** One form to merge: an item's form or an imported plain JSON Schema form. */
export interface MergeSource {
  id: string;
  form: FormInput;
  title?: string;
  /** Printed pages of the source form, for statistics. */
  pages?: number;
  /** When the item applies (guide applicability); its fields are hidden and not required otherwise. */
  appliesIf?: Condition;
  /** Position in the bundle; sources are laid out by (order, id), so the result is independent of input order. */
  order?: number;
  audience?: "enterprise" | "person";
}

/** A staff re-binding of one source field: its role and/or element, set by hand in the merge studio. */
export interface BindingOverride { role?: string; element?: string }

/** A staff action in the merge studio, kept with the bundle and replayed by every later merge of it. */
export interface MergeEdit {
  kind: "merge" | "split" | "rebind" | "text" | "move";
  /** merge: the source fields joined into one; split: the source fields taken out of their merged field; rebind: one
   *  field; text: the source fields of the merged field (or group row) whose label or help text staff typed; move: the
   *  source fields of the row (a field, or an item's group of fields) staff moved. */
  refs: SourceRef[];
  /** move: the top-level key of the section the row went to ("" = the form's top level). */
  section?: string;
  /** move: the source fields of the row it was put before (none: at the end of the section). */
  before?: SourceRef[];
  role?: string;
  element?: string;
  /** text: which text staff typed, and the text ("" removes it). */
  field?: "title" | "description";
  text?: string;
  /** text: typed on a group row (an item's nested section), not on one merged field. */
  group?: boolean;
  by: string;
  /** ISO time of the action. */
  at: string;
}

/** Merge options. */
export interface MergeOptions {
  /** Also apply every suggestion staff have not decided — the merge as if they accepted all of them (a what-if for
   *  measuring, or a template whose suggestions were all reviewed). Default: only automatic merges and `decisions`;
   *  everything weaker is listed in `suggestions` without being applied (a wrong merge is worse than a missed one). */
  applySuggestions?: boolean;
  /** Staff decisions by suggestion id (stable across merges of the same forms): accept or reject one suggestion,
   *  overriding the default (not applied, or with `applySuggestions` applied). */
  decisions?: Record<string, "accept" | "reject">;
  /** Roles the logged-in applicant plays, whose data the profile supplies (default ["applicant"]). */
  profileRoles?: string[];
  /** E-licences (or licence fields, "business_licence.uscc") available to prefill; default: all. */
  licences?: string[];
  audience?: "enterprise" | "person";
  /** The deployment's dictionary extensions (learned synonyms, pairs never to merge). */
  extensions?: readonly DictionaryExtension[];
  /** Staff re-bindings by "item#pointer". */
  overrides?: Record<string, BindingOverride>;
  /** Staff hand merges, splits, re-bindings and texts, in the order they were made. */
  hand?: readonly MergeEdit[];
}

/** Two or more source fields that mean the same but cannot be combined; they are kept apart. */
export interface MergeConflict { pointer: string; message: Bilingual; sources: SourceRef[] }

/** One field pair a suggestion would merge, for staff to read before accepting the whole suggestion. */
export interface SuggestedPair { a: SourceRef; b: SourceRef; label: Bilingual }

/** A merge on weaker evidence, for staff to confirm; `applied` says whether this result contains it. */
export interface MergeSuggestion {
  id: string;
  kind: "weak-binding" | "related-role" | "related-element" | "same-label" | "same-party";
  message: Bilingual;
  confidence: number;
  pointer: string;
  sources: SourceRef[];
  applied: boolean;
  /** Section suggestions: field by field what would merge. */
  pairs?: SuggestedPair[];
  /** What a decision teaches the dictionary: the signatures (or roles) this suggestion joins. */
  learn?: { a: string; b: string };
}

/** A problem of one source form, with the item and the pointer inside that item's form schema. */
export interface MergeProblem { item: string; pointer: string; message: Bilingual }

/** Everything a merge produces. */
export interface MergeResult {
  form: SmartForm;
  conflicts: MergeConflict[];
  suggestions: MergeSuggestion[];
  warnings: MergeProblem[];
  bindings: Record<string, FieldBinding[]>;
  stats: FormStats;
}

/** Raised when a source cannot be merged at all ($ref cycle, not an object schema, duplicate id ...). */
export class MergeInputError extends Error {
  constructor(readonly problems: MergeProblem[]) {
    super("无法合并表单：\n" + problems.map((p) => `  ${p.item}#${p.pointer}: ${p.message.zh}`).join("\n"));
  }
}

/** One source field inside the merge. */
export interface Node {
  idx: number;
  src: number;
  item: string;
  leaf: FormLeaf;
  binding: FieldBinding;
  /** "role|element" for bindings strong enough to merge on, "label|…" / "table|…" for the others. */
  key?: string;
  strong: boolean;
  /** Licence-specific data (a permit's own items): never merged with another item's field by label. */
  own?: boolean;
}

/** A proposed union of two fields' clusters on weaker evidence; edges of one group are decided together. */
export interface Edge {
  a: Node; b: Node; kind: MergeSuggestion["kind"]; confidence: number; message: Bilingual; group?: string;
  pairs?: SuggestedPair[]; learn?: { a: string; b: string };
}

/** The bound sources: sorted sources, their nodes, bindings, parties and warnings. */
export interface Bound {
  sources: MergeSource[];
  nodes: Node[];
  bindings: Record<string, FieldBinding[]>;
  parties: Map<string, Party[]>;
  /** Whose form each source is (given, or inferred by the binding). */
  audiences: Map<string, "enterprise" | "person">;
  warnings: MergeProblem[];
}

/** Whether a node key is a dictionary binding (not an unbound label or a table column). */
export const isBoundKey = (key: string): boolean => !key.startsWith("label|") && !key.startsWith("table|");

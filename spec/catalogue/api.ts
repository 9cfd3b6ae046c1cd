// The catalogue's HTTP API shapes (types only), shared by the server, the editor's catalogue pages and the portal's
// service guides. Routes are listed in spec/api.ts; the contract is docs/catalogue.md.
import type { Item } from "../item.js";
import type { CatalogueEntry, ItemDraft, ItemVersionSummary } from "./record.js";
import type { Facet, FacetCount } from "./search.js";
import type { EffectiveSituation } from "./situation.js";
import type { ItemDiff } from "./item-diff.js";
import type { UpgradeReport } from "./replay.js";
import type { MaterialFileKind, MaterialFileRef, MaterialPlace } from "./material-files.js";

/** GET /api/items → one page of the catalogue, the total of matches and the facet counts. */
export interface CatalogueListView {
  items: CatalogueEntry[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  facets: Record<Facet, FacetCount[]>;
  /** Names of the departments and one-things the facets mention (value → label). */
  labels: { department: Record<string, string>; usedBy: Record<string, string> };
}

/** A one-thing that uses an item: the version its latest published version pins, and whether its draft uses it. */
export interface ItemUsage {
  key: string;
  title: string;
  /** The item version pinned by the one-thing's latest published version (null: not in it, or never published). */
  pinned: number | null;
  /** The draft uses the item; draftVersion is what the draft pins (0 = the catalogue draft). */
  draft: boolean;
  draftVersion: number | null;
  archived: boolean;
}

/** What the caller may do with an item: the owning department's designers and admins edit and publish. */
export interface ItemPermissions { edit: boolean; reason?: string }

/** GET /api/items/:id → the item's row, its draft, its published versions (newest first) and where it is used. */
export interface CatalogueItemView {
  entry: CatalogueEntry;
  draft: ItemDraft;
  versions: ItemVersionSummary[];
  usedBy: ItemUsage[];
  permissions: ItemPermissions;
}

/** POST /api/items body is an ItemDraft (+ optional origin "editor" | "import"); 201 → CatalogueItemView. */
export type CreateItemRequest = ItemDraft;

/** PUT /api/items/:id/draft body is the whole ItemDraft; 200 → CatalogueItemView. */
export type SaveDraftRequest = ItemDraft;

/** POST /api/items/:id/publish body. */
export interface PublishItemRequest { changeSummary: string }

/** POST /api/items/:id/publish → 201 the new version. */
export interface PublishItemResult { id: string; version: number; publishedAt: string }

/** GET /api/items/:id/versions/:v → one published, immutable version. */
export interface ItemVersionView extends ItemVersionSummary { id: string; spec: Item }

/** A published item in the public service-guide list. */
export interface GuideItemEntry { id: string; name: string; code: string | null; department: string; deptName: string; taskType: string; version: number; publishedAt: string; situations: Array<{ id: string; title: string }> }

/** GET /api/guides/items → the public list of published items (latest versions). */
export interface GuideListView { items: GuideItemEntry[]; total: number; page: number; pageSize: number; pages: number }

/** GET /api/guides/items/:id → the latest published version, for the service-guide page. */
export interface GuideItemView {
  id: string; version: number; publishedAt: string; item: Item; departmentName: string;
  /** The published, not archived one-things that use the item: where an applicant can do it together with others. */
  usedIn: Array<{ key: string; title: string }>;
}

/** GET /api/guides/items/:id/situations/:sid → the guide of one situation: the item with the situation applied. */
export interface GuideSituationView extends GuideItemView { effective: EffectiveSituation }

/** One pinned item of a one-thing whose catalogue has a newer published version: what changed since the pin. */
export interface ItemUpdate {
  id: string;
  name: string;
  department: string;
  deptName: string;
  /** The version the one-thing's draft pins, and the newest published one. */
  pinned: number;
  latest: number;
  publishedAt: string;
  publishedBy: string;
  changeSummary: string;
  diff: ItemDiff;
}

/** GET /api/bundles/:key/item-updates → the pinned items with a newer version waiting. */
export interface ItemUpdatesView { key: string; updates: ItemUpdate[] }

/** POST /api/bundles/:key/items/:id/upgrade → the new draft (pinned to the new version) and what the replay did. */
export interface UpgradeItemResult {
  spec: Record<string, unknown>; updatedAt: string; report: UpgradeReport; diff: ItemDiff;
  /** The upgraded draft's problems (kept with them, as a saved draft is; publishing refuses them), each with its pointer. */
  problems: Array<{ pointer: string; message: string | { zh: string; en: string } }>;
}

/** POST (201) / DELETE (200) /api/items/:id/materials/:mid/files/:kind[?situation=] → the material's file now (null: removed). */
export interface MaterialFileResult { place: MaterialPlace; kind: MaterialFileKind; file: MaterialFileRef | null; draftUpdatedAt: string }

// Pinned item updates of a one-thing (docs/catalogue.md): which pinned items have a newer published version in the
// catalogue, with the diff, and the one-action upgrade: re-pin the item and redo the merge with every earlier staff
// decision replayed (spec/catalogue/replay.ts), answering what was replayed and what still needs a decision.
import { z } from "zod";
import type { ItemUpdatesView, UpgradeItemResult } from "../../spec/catalogue/api.js";
import { diffItemVersions } from "../../spec/catalogue/item-diff.js";
import { upgradeItem } from "../../spec/catalogue/replay.js";
import { MergeInputError } from "../../spec/merge/index.js";
import { validateBundle } from "../../spec/index.js";
import { draftShapeProblems } from "../../spec/draft-shape.js";
import { badRequest, conflict, notFound, THE } from "../errors.js";
import { localized, requestLang, say } from "../messages.js";
import { activeExtensions } from "../store/dictionary-extensions.js";
import { getDraft, updateDraft } from "../store/bundles.js";
import { appendEvent } from "../store/events.js";
import { body, must, param, route, type Deps, type RouteDef } from "../routes/route.js";
import { itemUpdates } from "./pins.js";
import { getItemRow, getVersion } from "./store.js";

const UpgradeBody = z.object({ version: z.number().int().positive().optional() }).strict();

/** Routes of /api/bundles/:key/item-updates and /api/bundles/:key/items/:id/upgrade. */
export function itemUpgradeRoutes(d: Deps): RouteDef[] {
  const designers: ["designer", "admin"] = ["designer", "admin"];
  return [
    route("GET", "/api/bundles/:key/item-updates", designers, async (c) => {
      const key = param(c, "key");
      const draft = await getDraft(d.db, key);
      if (!draft) throw notFound(THE.bundle);
      const view: ItemUpdatesView = { key, updates: await itemUpdates(d.db, draft.spec) };
      return c.json(view);
    }),
    route("POST", "/api/bundles/:key/items/:id/upgrade", designers, async (c, u) => {
      const user = must(u);
      const key = param(c, "key"), id = param(c, "id");
      const req = await body(c, UpgradeBody);
      const now = d.clock.now();
      const result = await d.db.tx(async (q): Promise<UpgradeItemResult> => {
        const draft = await getDraft(q, key);
        if (!draft) throw notFound(THE.bundle);
        const items = Array.isArray(draft.spec.items) ? (draft.spec.items as Array<Record<string, unknown>>) : [];
        const index = items.findIndex((it) => it.id === id);
        const row = await getItemRow(q, id);
        if (index < 0 || !row) throw notFound(say(`该一件事使用的事项「${id}」`, `Item "${id}" of this one-thing`));
        const pinned = Number(items[index]!.version);
        const target = req.version ?? row.latest_version;
        if (target === null || target <= pinned) throw conflict(say(`事项「${row.name}」已固定为最新的版本 ${pinned}，无需升级`, `Item "${row.name}" is already pinned to its newest version ${pinned}`), []);
        const next = await getVersion(q, id, target);
        if (!next) throw notFound(say(`事项「${row.name}」的版本 ${target}`, `Version ${target} of item "${row.name}"`));
        let upgraded;
        try {
          upgraded = upgradeItem(draft.spec, next.spec as unknown as Record<string, unknown>, { extensions: await activeExtensions(q) });
        } catch (err) {
          if (!(err instanceof MergeInputError)) throw err;
          throw badRequest("invalid_spec", say("新版本的表单无法合并", "The new version's form cannot be merged"), err.problems.map((p) => ({ pointer: `/items/${index}/form/schema${p.pointer}`, message: p.message })));
        }
        // the upgraded draft is kept with its problems, as a saved draft is (publishing refuses them); a result that is not
        // a one-thing draft at all would be a bug of the upgrade, and is not stored
        const shape = draftShapeProblems(upgraded.doc);
        if (shape.length) throw badRequest("invalid_spec", say("升级后的文档不是一件事草稿，未保存", "The upgraded document is not a one-thing draft and was not saved"), shape);
        const checked = validateBundle(upgraded.doc, { draft: true });
        const spec = (checked.ok ? checked.value : upgraded.doc) as unknown as Record<string, unknown>;
        const revision = await updateDraft(q, key, spec, user.username, now);
        if (!revision) throw notFound(THE.bundle);
        await appendEvent(q, { bundleKey: key, actor: { id: user.id, name: user.displayName }, kind: "item_upgraded",
          message: say(`升级事项「${row.name}」：版本 ${pinned} → ${target}`, `Upgraded item "${row.name}": version ${pinned} → ${target}`) }, now);
        return { spec, updatedAt: revision, report: upgraded.report, diff: diffItemVersions(items[index], next.spec), problems: checked.ok ? [] : checked.problems };
      });
      return c.json({ ...result, problems: localized(requestLang(c.req.header("accept-language")), result.problems) });
    }),
  ];
}

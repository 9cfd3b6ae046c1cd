// Deleting a catalogue item (DELETE /api/items/:id): only its department's staff or an admin, and never while a
// one-thing holds it — a draft would silently turn the pin into an item of its own, and a published version is
// immutable (cases were filed on it and its rollback republishes it). The refusal names every one-thing and how it
// holds the item; an item nobody uses goes with its versions in one transaction.
import type { Queryable } from "../db/database.js";
import { HttpError, notFound, THE } from "../errors.js";
import { say, type Bilingual } from "../messages.js";
import type { User } from "../store/users.js";
import { assertCanEdit } from "./access.js";
import { deleteItem, getItemRow } from "./store.js";
import { itemHolders, type ItemHolder } from "./usage.js";
import { countEn } from "../../spec/bilingual.js";

const how = (h: ItemHolder): Bilingual => {
  const zh = [h.draft ? "草稿" : "", h.versions.length ? `已发布版本 ${h.versions.join("、")}` : "", h.archived ? "已归档" : ""].filter(Boolean).join("、");
  const en = [h.draft ? "its draft" : "", h.versions.length ? `published version${h.versions.length === 1 ? "" : "s"} ${h.versions.join(", ")}` : "", h.archived ? "archived" : ""].filter(Boolean).join(", ");
  return say(`「${h.title}」（${zh}）`, `"${h.title}" (${en})`);
};

/** Deletes an unused item; 404 unknown, 403 not the caller's department, 409 naming each one-thing that holds it. */
export async function deleteCatalogueItem(q: Queryable, id: string, user: User): Promise<{ id: string; name: string }> {
  const row = await getItemRow(q, id);
  if (!row) throw notFound(THE.item);
  assertCanEdit(user, row.department, row.dept_name);
  const holders = await itemHolders(q, id);
  if (holders.length) {
    const list = holders.map(how);
    const published = holders.some((h) => h.versions.length > 0);
    const advice = published
      ? say("已发布的一件事版本不可更改，它使用的事项须保留在目录中。", "A published version of a one-thing never changes, so the items it uses stay in the catalogue.")
      : say("请先在这些一件事的草稿中移除该事项并保存，再删除。", "Remove the item from these one-things' drafts and save them first, then delete it.");
    throw new HttpError(409, "conflict", say(`事项「${row.name}」正被 ${holders.length} 个一件事使用，不能删除：${list.map((l) => l.zh).join("；")}。${advice.zh}`,
      `Item "${row.name}" is used by ${countEn(holders.length, "one-thing", "one-things")} and cannot be deleted: ${list.map((l) => l.en).join("; ")}. ${advice.en}`), {
      allowedActions: [],
      problems: holders.map((h, i) => ({ pointer: `/usedBy/${i}`, field: h.title, message: list[i]! })),
    });
  }
  await deleteItem(q, id);
  return { id, name: row.name };
}

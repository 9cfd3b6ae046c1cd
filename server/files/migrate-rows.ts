// Start-up data migration for 0013: files uploaded before the file store existed are base64 text in their rows.
// Each is written to the store and its row emptied, in small batches; safe to run from several processes at once
// (storing is idempotent, emptying a row twice changes nothing) and again after a crash halfway.
import { sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import type { Logger } from "../log.js";
import type { FileStore } from "./store.js";

const BATCH = 50;

/** Moves every attachment's bytes still held in its row into the store; returns how many rows were emptied. */
export async function moveRowBytesToStore(db: Database, store: FileStore, log: Logger): Promise<number> {
  let moved = 0;
  for (;;) {
    const rows = await db.all<{ id: string; sha256: string; content: string }>(sql`SELECT id, sha256, content FROM attachments WHERE content IS NOT NULL ORDER BY id LIMIT ${BATCH}`);
    if (!rows.length) break;
    for (const r of rows) {
      const bytes = Buffer.from(r.content, "base64");
      const sha = await store.put(bytes);
      // A row whose bytes no longer match its recorded hash was damaged in the database: keep the bytes under their
      // own hash and the row's record as it was, so a download reports the damage instead of serving other bytes.
      if (sha !== r.sha256) log.error(`attachment ${r.id}: stored bytes hash to ${sha}, the row records ${r.sha256}; kept as found`);
      moved += await db.run(sql`UPDATE attachments SET content = NULL WHERE id = ${r.id} AND content IS NOT NULL`);
    }
  }
  if (moved) log.info(`moved ${moved} uploaded file(s) from database rows to the file store`);
  return moved;
}


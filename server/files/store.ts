// The file store: uploaded files' bytes, outside the database, named by their SHA-256 (content-addressed: the same
// bytes are stored once, a name can never point at other bytes, and a damaged file is found by hashing it again).
// Rows keep the metadata and the hash; the store keeps the bytes under the data folder.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";

/** What the server needs of a file store: put bytes, check them, stream them back. */
export interface FileStore {
  /** Stores bytes (idempotent) and returns the hash that names them. */
  put(bytes: Buffer): Promise<string>;
  /** Whether the stored bytes still hash to their name (false when missing or damaged). */
  verify(sha256: string): Promise<boolean>;
  /** A stream of the stored bytes, or undefined when there are none. */
  open(sha256: string): Promise<Readable | undefined>;
  /** The stored bytes, or undefined. */
  read(sha256: string): Promise<Buffer | undefined>;
  /** Every stored file with its size and when it was last stored (garbage collection reads it). */
  list(): AsyncIterable<StoredBytes>;
  /** The database this store belongs to: records `claim` when none is recorded yet, returns the recorded one. */
  owner(claim: string): Promise<string>;
  /** Removes the bytes of a hash if they were last stored before `storedBefore` (true when removed). */
  remove(sha256: string, storedBefore: Date): Promise<boolean>;
}

/** One stored file as the store lists it. */
export interface StoredBytes { sha256: string; size: number; storedAt: Date }

const SHA256 = /^[0-9a-f]{64}$/;

/** Hex SHA-256 of bytes. */
export function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The store on the local disk: <root>/<aa>/<bb>/<sha256>, each file written to a temporary name, synced, then renamed. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  /** Where the bytes of a hash live. */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer): Promise<string> {
    const sha = sha256Of(bytes);
    const path = this.pathOf(sha);
    if (await this.verify(sha)) {
      // stored again: its time is now, so garbage collection's grace period covers the row about to name it; if
      // the collector removed it in between, it is written anew below
      const now = new Date();
      if (await utimes(path, now, now).then(() => true, () => false)) return sha;
    }
    await mkdir(join(path, ".."), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    const f = await open(tmp, "wx", 0o600);
    try {
      await f.writeFile(bytes);
      await f.sync();
    } finally {
      await f.close();
    }
    try {
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return sha;
  }

  async verify(sha256: string): Promise<boolean> {
    const path = this.pathOf(sha256);
    if (!(await stat(path).catch(() => undefined))) return false;
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest("hex") === sha256;
  }

  async open(sha256: string): Promise<Readable | undefined> {
    const path = this.pathOf(sha256);
    return (await stat(path).catch(() => undefined)) ? createReadStream(path) : undefined;
  }

  async read(sha256: string): Promise<Buffer | undefined> {
    const stream = await this.open(sha256);
    if (!stream) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async *list(): AsyncIterable<StoredBytes> {
    const dirs = (dir: string) => readdir(dir, { withFileTypes: true }).then((e) => e.filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name)).map((d) => d.name), () => [] as string[]);
    for (const a of await dirs(this.root)) {
      for (const b of await dirs(join(this.root, a))) {
        for (const name of await readdir(join(this.root, a, b)).catch(() => [] as string[])) {
          if (!SHA256.test(name) || name.slice(0, 2) !== a || name.slice(2, 4) !== b) continue; // temporaries and strangers stay
          const st = await stat(join(this.root, a, b, name)).catch(() => undefined);
          if (st?.isFile()) yield { sha256: name, size: st.size, storedAt: st.mtime };
        }
      }
    }
  }

  async owner(claim: string): Promise<string> {
    const path = join(this.root, "OWNER");
    await mkdir(this.root, { recursive: true });
    const written = await writeFile(path, claim + "\n", { flag: "wx", mode: 0o600 }).then(() => true, (err: NodeJS.ErrnoException) => {
      if (err.code === "EEXIST") return false;
      throw err;
    });
    return written ? claim : (await readFile(path, "utf8")).trim();
  }

  async remove(sha256: string, storedBefore: Date): Promise<boolean> {
    const path = this.pathOf(sha256);
    const st = await stat(path).catch(() => undefined);
    if (!st || st.mtime.getTime() >= storedBefore.getTime()) return false;
    await rm(path, { force: true });
    return true;
  }
}

// The process's file store: configured once at start-up from the data folder (YIJIAN_FILES, default "files" next to
// the SQLite file), used by every path that stores or serves an uploaded file. Content-addressed, so one store per
// process is all the stores ever need to agree on.
import { resolve } from "node:path";
import { LocalFileStore, type FileStore } from "./store.js";

export { LocalFileStore, sha256Of, type FileStore, type StoredBytes } from "./store.js";

let current: FileStore | undefined;

/** Sets the store this process uses (start-up; tests give each server its own folder). */
export function useFileStore(store: FileStore): void {
  current = store;
}

/** The store this process uses (the configured folder, else ./data/files). */
export function fileStore(): FileStore {
  current ??= new LocalFileStore(resolve(process.env.YIJIAN_FILES || "./data/files"));
  return current;
}

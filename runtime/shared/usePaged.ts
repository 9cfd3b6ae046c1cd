// Loads a paged list from the API (keyset cursors, see server/paging.ts): the first page, then the next on request
// ("加载更多"), appended; a change of `path` (new filters) starts again at the first page.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, ApiRequestError } from "./api.js";

/** State of a paged GET: the rows so far, the first page's other fields, and more() / reload(). */
export interface Paged<T, P> {
  rows: T[]; first: P | undefined; error: ApiRequestError | undefined; loading: boolean; hasMore: boolean; more(): void; reload(): void;
}

const asError = (e: unknown) => (e instanceof ApiRequestError ? e : new ApiRequestError(0, "client", String(e), [], undefined));

/** GETs `path` (skipped when null), whose answer holds its rows under `key` and a nextCursor when more follow. */
export function usePaged<T, P extends { nextCursor?: string }>(path: string | null, key: keyof P): Paged<T, P> {
  const [rows, setRows] = useState<T[]>([]);
  const [first, setFirst] = useState<P>();
  const [cursor, setCursor] = useState<string>();
  const [error, setError] = useState<ApiRequestError>();
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  useEffect(() => {
    if (path === null) return;
    const gen = ++generation.current;
    setLoading(true);
    setError(undefined);
    api<P>("GET", path)
      .then((d) => {
        if (gen !== generation.current) return;
        setFirst(d);
        setRows(d[key] as unknown as T[]);
        setCursor(d.nextCursor);
      })
      .catch((e: unknown) => gen === generation.current && setError(asError(e)))
      .finally(() => gen === generation.current && setLoading(false));
  }, [path, tick, key]);
  const more = useCallback(() => {
    if (!path || !cursor || loading) return;
    const gen = generation.current;
    setLoading(true);
    api<P>("GET", `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`)
      .then((d) => {
        if (gen !== generation.current) return;
        setRows((r) => [...r, ...(d[key] as unknown as T[])]);
        setCursor(d.nextCursor);
      })
      .catch((e: unknown) => gen === generation.current && setError(asError(e)))
      .finally(() => gen === generation.current && setLoading(false));
  }, [path, cursor, loading, key]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { rows, first, error, loading, hasMore: !!cursor, more, reload };
}

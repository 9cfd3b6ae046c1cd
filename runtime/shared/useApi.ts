// Loads data from the API for a screen, with loading / error state and a reload function.
import { useCallback, useEffect, useState } from "react";
import { api, ApiRequestError } from "./api.js";

/** State of one GET: data once loaded, the error if it failed, and reload(). */
export interface Loaded<T> { data: T | undefined; error: ApiRequestError | undefined; loading: boolean; reload(): void }

/** GETs `path` (skipped when null) and re-fetches when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiRequestError>();
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoading(true);
    setError(undefined);
    api<T>("GET", path)
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, "client", String(e), [], undefined)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

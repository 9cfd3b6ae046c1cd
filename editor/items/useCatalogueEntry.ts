// Whether an item of the one-thing is a catalogue item (its id is the catalogue's): then it is pinned to a published
// version the owning department maintains (server/catalogue/pins.ts), and the 事项 tab shows it read-only.
import { useEffect, useState } from "react";
import type { CatalogueItemView } from "../../spec/catalogue/api.js";
import type { CatalogueEntry } from "../../spec/catalogue/record.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";

const known = new Map<string, CatalogueEntry | null>();

/** The catalogue entry of an item id: undefined while asking, null for the one-thing's own item (the catalogue has no such id). */
export function useCatalogueEntry(id: string): CatalogueEntry | null | undefined {
  const [entry, setEntry] = useState<CatalogueEntry | null | undefined>(() => known.get(id));
  useEffect(() => {
    if (!id) { setEntry(null); return; }
    if (known.has(id)) { setEntry(known.get(id)); return; }
    let live = true;
    setEntry(undefined);
    api<CatalogueItemView>("GET", `/api/items/${encodeURIComponent(id)}`)
      .then((v) => { known.set(id, v.entry); if (live) setEntry(v.entry); })
      // not in the catalogue (404) or not readable: the one-thing's own item, edited here as before
      .catch((err: unknown) => { if (err instanceof ApiRequestError && err.status === 404) known.set(id, null); if (live) setEntry(null); });
    return () => { live = false; };
  }, [id]);
  return entry;
}

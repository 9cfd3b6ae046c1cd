// Minimal hash router: each app is one HTML page, its screens live behind "#/path?query". Hash routing
// needs nothing from the web server, and the query in the hash keeps shareable state (guide answers).
import { useSyncExternalStore } from "react";

/** The current location inside the hash. */
export interface Route { path: string; query: URLSearchParams }

function read(): string {
  const h = window.location.hash.replace(/^#/, "");
  return h.startsWith("/") ? h : "/" + h;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
}

// A new screen opens at its top (the browser keeps the old scroll position across hash changes, so a long guide
// page would leave the apply page scrolled far down, especially on a phone); a query-only change keeps it.
// A leave guard (an editor with unsaved changes) may refuse a change of screen: the old address is put back
// before any screen reads the new one (this listener is registered first, at module load), and the guard asks.
const pathOf = (raw: string) => raw.split("?")[0]!;
/** Decides whether in-app navigation to `to` (the hash without "#") goes ahead; false keeps the current screen. */
export type LeaveGuard = (to: string) => boolean;
let leaveGuard: LeaveGuard | undefined;
if (typeof window !== "undefined") {
  let last = read();
  window.addEventListener("hashchange", () => {
    const now = read();
    if (pathOf(now) !== pathOf(last)) {
      if (leaveGuard && !leaveGuard(now)) { history.pushState(history.state, "", "#" + last); return; }
      window.scrollTo({ top: 0, left: 0 });
    }
    last = now;
  });
}

/** Installs the guard asked before every change of screen (links, Back, navigate()); why: unsaved edits are not
 *  lost silently. Returns the function that removes it. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => { if (leaveGuard === guard) leaveGuard = undefined; };
}

/** React hook: the current route; re-renders on navigation. */
export function useRoute(): Route {
  const raw = useSyncExternalStore(subscribe, read, () => "/");
  const i = raw.indexOf("?");
  return { path: i < 0 ? raw : raw.slice(0, i), query: new URLSearchParams(i < 0 ? "" : raw.slice(i + 1)) };
}

/** Builds an href for a path and optional query. */
export function href(path: string, query?: URLSearchParams | Record<string, string>): string {
  const q = query ? new URLSearchParams(query).toString() : "";
  return "#" + path + (q ? "?" + q : "");
}

/** Navigates; `replace` keeps the history entry (used for query updates while typing). */
export function navigate(path: string, query?: URLSearchParams | Record<string, string>, replace = false): void {
  const target = href(path, query);
  if (replace) {
    history.replaceState(history.state, "", target);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else window.location.hash = target.slice(1);
}

/** Matches "/b/:key/apply" against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(":")) params[p[i]!.slice(1)] = decodeURIComponent(s[i]!);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

// Forgetting the applicant (自动退出并清除): the session ends on the server, everything the page kept is cleared —
// local and session storage (drafts, the language), caches of this origin — and the page starts afresh at the welcome
// screen, which drops every form state held in memory. The terminal's settings stay in the URL's query.
import { api } from "../shared/api.js";

/** Logs out and wipes what the terminal remembers of the person who used it, then reloads the welcome screen. */
export async function wipeTerminal(): Promise<void> {
  await api("POST", "/api/auth/logout").catch(() => undefined);
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* storage disabled: nothing is kept */
  }
  if (typeof caches !== "undefined") await caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))).catch(() => undefined);
  location.replace(`${location.pathname}${location.search}#/`);
  location.reload();
}

// Who did something, as the editor shows it: the person's display name (the server keeps the username for audit and
// sends it alongside), 系统 / System for what the system itself did (seeding the built-in one-things and items).
import type { MessageKey } from "./i18n.js";

/** The name to show for an actor: its display name, else 系统 for the system, else the recorded account. */
export function personName(displayName: string | null | undefined, recorded: string, t: (key: MessageKey) => string): string {
  if (displayName) return displayName;
  return recorded === "system" ? t("tl.system") : recorded;
}

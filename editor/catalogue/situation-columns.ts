// The columns of a situation's tables (its own materials, its fees) in the editor's language: headers are keys
// (TableEditor translates them), code-list options in words ("申请人自备", not "10 申请人自备") from the guides' code lists.
import { useI18n, type MessageKey } from "../i18n.js";
import type { ColumnDef } from "../items/elements.js";

/** Hook: the columns with their labels and options in the current language; why: TableEditor shows what it gets. */
export function useShownColumns(columns: ColumnDef[]): ColumnDef[] {
  const { t } = useI18n();
  const word = (key: string, value: string, label: string) => {
    const k = `code.${key}.${value}` as MessageKey;
    const s = t(k);
    return s === k ? label : s;
  };
  return columns.map((c) => ({ ...c, ...(c.options ? { options: c.options.map(([v, l]) => [v, word(c.key, v, l)] as [string, string]) } : {}) }));
}

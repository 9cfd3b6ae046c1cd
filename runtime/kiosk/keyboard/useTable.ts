// Loads the pinyin candidate table once, on first need (its chunk and the build stay off the welcome screen).
import { useEffect, useState } from "react";
import type { PinyinTable } from "./pinyin-table.js";

let loading: Promise<PinyinTable> | undefined;

/** The table once `wanted` has been true (undefined while it loads). */
export function usePinyinTable(wanted: boolean): PinyinTable | undefined {
  const [table, setTable] = useState<PinyinTable>();
  useEffect(() => {
    if (!wanted || table) return;
    let live = true;
    loading ??= import("./pinyin-table.js").then((m) => m.buildPinyinTable());
    void loading.then((t) => live && setTable(t));
    return () => {
      live = false;
    };
  }, [wanted, table]);
  return table;
}

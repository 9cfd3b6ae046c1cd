// The region tree a region or address widget shows: counties always, towns and streets (乡镇/街道) once their
// on-demand chunk has loaded when the field asks for four levels. One hook so both widgets load, label and
// re-render the same way.
import { useEffect, useState } from "react";
import { hasTowns, regionPath, regionTree, type Region } from "../../spec/dictionary/regions.js";
import { loadTowns } from "../../spec/dictionary/towns.js";
import { regionChildren } from "../../spec/fields/kinds/region.js";
import { useI18n } from "../shared/i18n.js";

/** What a cascader needs for a region field of `levels` levels; `ready` turns true when the towns are there. */
export function useRegionTree(levels: number): { roots: Region[]; pathOf(code: string | undefined): Region[]; childrenOf(r: Region): Region[]; labels: string[]; ready: boolean } {
  const { t } = useI18n();
  const [ready, setReady] = useState(levels < 4 || hasTowns());
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadTowns().then(() => { if (live) setReady(true); });
    return () => { live = false; };
  }, [ready]);
  return {
    roots: regionTree(), ready,
    pathOf: (code) => (code ? regionPath(code) : []),
    childrenOf: (r) => regionChildren(r, levels),
    labels: [t("fk.province"), t("fk.city"), t("fk.county"), t("fk.town")],
  };
}

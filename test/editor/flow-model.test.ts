// The flow designer's pure edits: new nodes get fresh ids and their type's defaults, a join finds its lone split,
// outcome handles become outcome edges, duplicates and self-loops are refused, removing a node removes its edges,
// and renaming a node follows it everywhere (property: no edge ever points at a missing node).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addNode, connect, edgeOutcome, readFlow, remove, renameNode, type FlowDoc } from "../../editor/designers/flow/model.js";

const empty = (): FlowDoc => readFlow({});

describe("flow designer model", () => {
  it("adds nodes with fresh ids and defaults of their type", () => {
    let f = empty();
    const a = addNode(f, "acceptance", { x: 10.4, y: 20.6 }, "samr"); f = a.flow;
    const b = addNode(f, "acceptance", { x: 0, y: 0 }, "samr"); f = b.flow;
    expect(a.id).not.toBe(b.id);
    expect(f.nodes[0]).toMatchObject({ position: { x: 10, y: 21 }, data: { department: "samr", role: "clerk", promisedDays: 0 } });
    const split = addNode(f, "parallel", { x: 0, y: 0 }); f = split.flow;
    const join = addNode(f, "join", { x: 0, y: 0 }); f = join.flow;
    expect(f.nodes.find((n) => n.id === split.id)!.data.join).toBe(join.id);
  });

  it("connects with outcomes, refusing self-loops and duplicates", () => {
    let f = empty();
    const r = addNode(f, "review", { x: 0, y: 0 }); f = r.flow;
    const e = addNode(f, "end", { x: 0, y: 0 }); f = e.flow;
    const c1 = connect(f, { source: r.id, target: e.id, sourceHandle: "reject" }); f = c1.flow;
    expect(edgeOutcome(f.edges[0]!)).toBe("reject");
    expect(connect(f, { source: r.id, target: e.id, sourceHandle: "reject" }).id).toBeUndefined();
    expect(connect(f, { source: r.id, target: r.id }).id).toBeUndefined();
    expect(connect(f, { source: r.id, target: e.id }).id).toBeDefined();
  });

  it("never leaves an edge pointing at a missing node, whatever is removed or renamed (property)", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), type: fc.constantFrom("review", "acceptance", "end", "exclusive", "parallel", "join") }),
      fc.record({ kind: fc.constant("connect" as const), a: fc.nat(9), b: fc.nat(9) }),
      fc.record({ kind: fc.constant("remove" as const), a: fc.nat(9) }),
      fc.record({ kind: fc.constant("rename" as const), a: fc.nat(9), to: fc.constantFrom("x", "y", "review-2") }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      let f = empty();
      for (const o of ops) {
        const id = (i: number) => f.nodes[i % Math.max(1, f.nodes.length)]?.id ?? "";
        if (o.kind === "add") f = addNode(f, o.type, { x: 0, y: 0 }).flow;
        else if (o.kind === "connect") f = connect(f, { source: id(o.a), target: id(o.b) }).flow;
        else if (o.kind === "remove") f = remove(f, [id(o.a)]);
        else f = renameNode(f, id(o.a), o.to);
      }
      const ids = new Set(f.nodes.map((n) => n.id));
      expect(ids.size).toBe(f.nodes.length);
      for (const e of f.edges) { expect(ids.has(e.source)).toBe(true); expect(ids.has(e.target)).toBe(true); }
    }));
  });
});

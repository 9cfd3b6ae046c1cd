// The house rules on who may import whom, checked on the real import graph of the tree:
// spec/ imports nothing of ours and no platform module; the server never imports React or the apps; the apps
// reach the server only over HTTP; the flow core has no import cycles. TypeScript's own parser reads the
// imports (no regex over source text), so dynamic imports and re-exports count too.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** Every module specifier a file imports, re-exports or loads with import(). */
function specifiersOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The specifiers a file needs at run time: type-only imports and exports (erased by the compiler) left out. */
function valueSpecifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  for (const stmt of source.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const clause = stmt.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(stmt.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) && !stmt.isTypeOnly) {
      out.push(stmt.moduleSpecifier.text);
    }
  }
  return out;
}

/** A relative specifier resolved to a tree path ("spec/flow/graph.ts"); undefined for a package. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = join(dirname(from), spec).replace(/\.js$/, "");
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base]) {
    try {
      if (statSync(join(ROOT, candidate)).isFile()) return relative(ROOT, join(ROOT, candidate));
    } catch {
      /* try the next form */
    }
  }
  return relative(ROOT, join(ROOT, base));
}

const layerOf = (path: string) => path.split("/")[0]!;

function violations(dir: string, allowed: (target: string, spec: string) => boolean): string[] {
  return filesUnder(dir).flatMap((file) =>
    specifiersOf(file).flatMap((spec) => {
      const target = resolveLocal(file, spec) ?? spec;
      return allowed(target, spec) ? [] : [`${file} imports ${spec}`];
    }),
  );
}

const PLATFORM = /^(node:|react$|react-dom|react\/|@xyflow|monaco-editor|hono|drizzle-orm|better-sqlite3|pg$|@electric-sql)/;
const REACT = /^(react$|react-dom|react\/|@rjsf|@xyflow|monaco-editor)/;

describe("layers", () => {
  it("spec/ imports only spec/ and pure packages", () => {
    expect(violations("spec", (target, spec) => (spec.startsWith(".") ? layerOf(target) === "spec" : !PLATFORM.test(spec)))).toEqual([]);
  });

  it("the server never imports React or the apps", () => {
    expect(violations("server", (target, spec) => (spec.startsWith(".") ? !["runtime", "editor"].includes(layerOf(target)) : !REACT.test(spec)))).toEqual([]);
  });

  it("the portal, the workbench and the editor reach the server only over HTTP", () => {
    for (const app of ["runtime", "editor"]) {
      expect(violations(app, (target, spec) => !spec.startsWith(".") || !["server", "cli", "bench"].includes(layerOf(target)))).toEqual([]);
    }
  });

  it("the portal and the workbench never pull in the editor", () => {
    expect(violations("runtime", (target, spec) => !spec.startsWith(".") || layerOf(target) !== "editor")).toEqual([]);
  });

  it("spec/flow has no run-time import cycles (type-only imports are erased and may point back)", () => {
    const files = filesUnder("spec/flow");
    const edges = new Map(files.map((f) => [f, valueSpecifiersOf(f).map((s) => resolveLocal(f, s)).filter((t): t is string => !!t && t.startsWith("spec/flow/"))]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") {
        cycles.push([...path.slice(path.indexOf(node)), node].join(" → "));
        return;
      }
      state.set(node, "open");
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});

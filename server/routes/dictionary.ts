// The deployment's dictionary extensions (/api/dictionary/extensions): staff decisions in the merge studio become
// synonyms and never-merge pairs, stored with who and when, listed, reverted, exported as JSON and imported (a
// province shares its extensions with its districts). POST /api/dictionary/merge merges forms with the active
// extensions applied, so a decision shows in the next merge of any one-thing.
import { z } from "zod";
import { extensionProblem, type DictionaryExtension } from "../../spec/dictionary/extensions.js";
import { mergeForms, MergeInputError, type MergeSource } from "../../spec/merge/index.js";
import { badRequest, conflict, notFound, THE, type BilingualProblem } from "../errors.js";
import { localized, requestLang, say } from "../messages.js";
import { activeExtensions, addExtensions, listExtensions, revertExtension, type ExtensionSource } from "../store/dictionary-extensions.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";

/** The format name of an export file. */
export const EXPORT_FORMAT = "yijian-dictionary-extensions";

const Text = z.string().trim().min(1).max(100);
const Signature = z.string().min(1).max(200);
const Extension = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("element-synonym"), element: z.string().min(1).max(64), text: Text }),
  z.object({ kind: z.literal("role-synonym"), role: z.string().min(1).max(64), text: Text }),
  z.object({ kind: z.literal("never-merge"), a: Signature, b: Signature }),
]);
const Source = z.enum(["accept", "reject", "hand-merge", "rebind", "manual"]);
const AddBody = z.object({ extensions: z.array(z.unknown()).min(1).max(500), source: Source.default("manual"), note: z.string().max(500).default("") });
const ImportBody = z.object({
  format: z.literal(EXPORT_FORMAT), version: z.literal(1),
  extensions: z.array(z.object({ note: z.string().max(500).optional(), createdBy: z.string().max(100).optional(), createdAt: z.string().max(40).optional() }).passthrough()).max(5000),
});
const MergeBody = z.object({
  sources: z.array(z.object({ id: z.string(), title: z.string().max(200).optional(), audience: z.enum(["person", "enterprise"]).optional(), order: z.number().int().optional(), form: z.object({ schema: z.record(z.string(), z.unknown()) }) })).min(1).max(100),
  /** Also apply every undecided suggestion (a what-if); by default only automatic merges. */
  applySuggestions: z.boolean().default(false),
});

/** Checks extensions against the dictionary; 400 naming each bad one by its pointer, nothing stored. */
function checked(list: unknown[], at: string): DictionaryExtension[] {
  const details: BilingualProblem[] = [];
  const out: DictionaryExtension[] = [];
  list.forEach((raw, i) => {
    const parsed = Extension.safeParse(raw);
    if (!parsed.success) { for (const issue of parsed.error.issues) details.push({ pointer: `${at}/${i}${issue.path.map((p) => `/${String(p)}`).join("")}`, message: issue.message }); return; }
    const problem = extensionProblem(parsed.data);
    if (problem) details.push({ pointer: `${at}/${i}/${parsed.data.kind === "element-synonym" ? "element" : parsed.data.kind === "role-synonym" ? "role" : "a"}`, message: problem });
    else out.push(parsed.data);
  });
  if (details.length) throw badRequest("invalid_request", say("数据字典扩展不合法", "The dictionary extensions are not valid"), details);
  return out;
}

/** Routes of /api/dictionary. */
export function dictionaryRoutes(d: Deps): RouteDef[] {
  const designers: ["designer", "admin"] = ["designer", "admin"];
  const add = async (list: DictionaryExtension[], source: ExtensionSource, note: string, by: string) => d.db.tx((q) => addExtensions(q, list, { source, note, by }, d.clock.now()));
  return [
    route("GET", "/api/dictionary/extensions", designers, async (c) => c.json({ extensions: await listExtensions(d.db) })),
    route("POST", "/api/dictionary/extensions", designers, async (c, u) => {
      const req = await body(c, AddBody);
      const list = checked(req.extensions, "/extensions");
      return c.json({ extensions: await add(list, req.source, req.note, must(u).displayName) }, 201);
    }),
    route("DELETE", "/api/dictionary/extensions/:id", designers, async (c, u) => {
      const r = await revertExtension(d.db, param(c, "id"), must(u).displayName, d.clock.now());
      if (r === "missing") throw notFound(THE.dictionaryExtension);
      if (r === "already") throw conflict(say("该扩展已经撤销", "This extension has already been reverted"), []);
      return c.json(r);
    }),
    route("GET", "/api/dictionary/extensions/export", designers, async (c, u) => {
      const active = (await listExtensions(d.db)).filter((x) => !x.revertedAt).reverse();
      c.header("Content-Disposition", `attachment; filename="dictionary-extensions.json"`);
      return c.json({
        format: EXPORT_FORMAT, version: 1, exportedAt: d.clock.now().toISOString(), exportedBy: must(u).displayName,
        extensions: active.map((x) => ({ ...x.extension, source: x.source, note: x.note, createdBy: x.createdBy, createdAt: x.createdAt })),
      });
    }),
    route("POST", "/api/dictionary/extensions/import", designers, async (c, u) => {
      const req = await body(c, ImportBody);
      const list = checked(req.extensions.map(({ note: _n, createdBy: _b, createdAt: _a, source: _s, ...x }) => x), "/extensions");
      const from = req.extensions.map((x) => x.createdBy).filter(Boolean);
      const note = `导入${from.length ? `（原由 ${[...new Set(from)].slice(0, 3).join("、")} 确定）` : ""}`;
      return c.json({ extensions: await add(list, "import", note, must(u).displayName) }, 201);
    }),
    route("POST", "/api/dictionary/merge", designers, async (c) => {
      const req = await body(c, MergeBody);
      try {
        const r = mergeForms(req.sources as MergeSource[], { applySuggestions: req.applySuggestions, extensions: await activeExtensions(d.db) });
        const lang = requestLang(c.req.header("accept-language"));
        return c.json({ stats: r.stats, provenance: r.form.provenance, bindings: localized(lang, r.bindings), suggestions: localized(lang, r.suggestions), conflicts: localized(lang, r.conflicts) });
      } catch (e) {
        if (!(e instanceof MergeInputError)) throw e;
        const index = new Map(req.sources.map((s, i) => [s.id, i]));
        throw badRequest("invalid_request", say("表单无法合并", "The forms cannot be merged"), e.problems.map((p) => ({ pointer: `/sources/${index.get(p.item) ?? 0}${p.pointer ? `/form/schema${p.pointer}` : "/id"}`, message: p.message })));
      }
    }),
  ];
}

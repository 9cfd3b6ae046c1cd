// Entry of `npm run bench [-- name...]`: runs bench/<name>.bench.ts (all of them without names). Each exports
// `run(): Promise<void>` and prints its figures, always as ratios against a baseline measured in the same run.
// Arguments starting with "--" are options a benchmark reads itself (e.g. `merge-quality --tuning`), not names.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const all = readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, ""));
const names = wanted.length ? wanted : all;
for (const name of names) {
  if (!all.includes(name)) {
    process.stderr.write(`no benchmark "${name}" (have: ${all.join(", ")})\n`);
    process.exit(2);
  }
  process.stdout.write(`\n## ${name}\n`);
  const mod = (await import(`${dir}${name}.bench.ts`)) as { run: () => Promise<void> };
  await mod.run();
}

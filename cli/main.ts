// Entry of `npm run --silent cli -- <command> ...`: each command lives in cli/commands/<command>.ts and exports
// `run(args): Promise<number>` (the exit code). Output is for machines on stdout, messages on stderr.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const COMMANDS: Record<string, string> = {
  merge: "merge smart-form from item specs or plain JSON Schema forms",
  validate: "validate item / bundle spec files (exit 1 listing every violation)",
  stats: "statistics of a bundle: fields and pages before → after",
  flow: "flow check FILE | flow simulate FILE",
  db: "db migrate | db copy --from URL --to URL",
  files: "files gc [--dry-run]: delete stored file bytes nothing names any more",
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || !(name in COMMANDS)) {
    process.stderr.write("usage: npm run --silent cli -- <command> [args]\n\n");
    for (const [cmd, text] of Object.entries(COMMANDS)) process.stderr.write(`  ${cmd.padEnd(10)} ${text}\n`);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const file = fileURLToPath(new URL(`./commands/${name}.ts`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write(`command "${name}" is not available in this build\n`);
    return 2;
  }
  const mod = (await import(file)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

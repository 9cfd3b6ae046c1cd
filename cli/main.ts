// Entry of `npm run --silent cli -- <command> ...`: each command lives in cli/commands/<command>.ts and exports
// `run(args): Promise<number>` (the exit code). Output is for machines on stdout, messages on stderr.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { say, type Bilingual } from "../spec/bilingual.js";
import { cliSay, cliText } from "./lang.js";

const COMMANDS: Record<string, Bilingual> = {
  merge: say("由事项或 JSON Schema 表单合并出智能表单", "merge smart-form from item specs or plain JSON Schema forms"),
  validate: say("校验事项、一件事文件（有问题时逐条列出并以 1 退出）", "validate item / bundle spec files (exit 1 listing every violation)"),
  stats: say("一件事的统计：合并前后的字段数与页数", "statistics of a bundle: fields and pages before → after"),
  flow: say("flow check FILE | flow simulate FILE", "flow check FILE | flow simulate FILE"),
  db: say("db migrate | db copy --from URL --to URL", "db migrate | db copy --from URL --to URL"),
  files: say("files gc [--dry-run]：删除已无任何记录引用的文件内容", "files gc [--dry-run]: delete stored file bytes nothing names any more"),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || !(name in COMMANDS)) {
    process.stderr.write(cliSay("用法：npm run --silent cli -- <命令> [参数]\n\n", "usage: npm run --silent cli -- <command> [args]\n\n"));
    for (const [cmd, text] of Object.entries(COMMANDS)) process.stderr.write(`  ${cmd.padEnd(10)} ${cliText(text)}\n`);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const file = fileURLToPath(new URL(`./commands/${name}.ts`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write(cliSay(`这个版本中没有命令「${name}」\n`, `command "${name}" is not available in this build\n`));
    return 2;
  }
  const mod = (await import(file)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${cliSay("错误：", "error: ")}${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

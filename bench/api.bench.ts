// API throughput over real HTTP on loopback: validated submissions/s and task completions/s on SQLite, on
// PostgreSQL with one server process and with two (requests alternate between them). The baseline, measured in
// the same run against the same process, is an unknown /api route (full HTTP + middleware, no database).
// PostgreSQL runs need DATABASE_URL (a fresh schema is created and dropped); without it they are skipped.
import { freshPgSchema, PG_URL } from "../test/helpers/db.js";
import { startTestServer, type TestServer } from "../test/helpers/server.js";
import { Client } from "../test/helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../test/fixtures/bundle.js";

const SUBMISSIONS = Number(process.env.BENCH_N ?? 2000);
const CONCURRENCY = 16;

async function timed<T>(items: T[], fn: (item: T, i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
  return items.length / ((performance.now() - started) / 1000);
}

async function measure(label: string, servers: TestServer[]): Promise<void> {
  const urls = servers.map((s) => s.url);
  await (await new Client(urls[0]!).login("designer", "Design#2026")).post("/api/bundles", fixtureBundle());
  await (await new Client(urls[0]!).login("admin", "Admin#2026")).post("/api/bundles/test-shop/publish", {});
  const applicants = await Promise.all(urls.map((u) => new Client(u).login("zhangsan", "Apply#2026")));
  const reviewers = await Promise.all(urls.map((u) => new Client(u).login("reviewer-samr", "Review#2026")));
  const anon = urls.map((u) => new Client(u));
  const n = Array.from({ length: SUBMISSIONS }, (_, i) => i);

  await timed(n.slice(0, 200), async (_, i) => void (await anon[i % urls.length]!.get("/api/nothing-here"))); // warm-up
  const baseline = await timed(n, async (_, i) => {
    const r = await anon[i % urls.length]!.get("/api/nothing-here");
    if (r.status !== 404) throw new Error(`baseline: ${r.status}`);
  });
  const taskIds: string[] = [];
  const submits = await timed(n, async (_, i) => {
    const r = await applicants[i % urls.length]!.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: { has_sign: i % 2 === 0 }, data: { ...VALID_DATA, shopName: `店铺${i}`, sign: { signText: "面" } } });
    if (r.status !== 201) throw new Error(`submit: ${r.status} ${JSON.stringify(r.body)}`);
    taskIds[i] = r.body.tasks[0].id;
  });
  const completions = await timed(taskIds, async (id, i) => {
    const r = await reviewers[i % urls.length]!.post(`/api/tasks/${id}/complete`, { action: "approve", comment: "同意" });
    if (r.status !== 200) throw new Error(`complete: ${r.status} ${JSON.stringify(r.body)}`);
  });
  const f = (x: number) => x.toFixed(0).padStart(6);
  process.stdout.write(`${label.padEnd(34)} baseline ${f(baseline)} req/s | submissions ${f(submits)}/s (${(submits / baseline).toFixed(3)}× baseline) | completions ${f(completions)}/s (${(completions / baseline).toFixed(3)}× baseline)\n`);
}

/** Runs the three configurations and prints their figures. */
export async function run(): Promise<void> {
  process.stdout.write(`${SUBMISSIONS} validated submissions then ${SUBMISSIONS} task completions, ${CONCURRENCY} concurrent clients, loopback HTTP\n`);
  const sqlite = await startTestServer();
  try {
    await measure("SQLite, 1 process", [sqlite]);
  } finally {
    await sqlite.stop();
  }
  if (!PG_URL) {
    process.stdout.write("PostgreSQL runs skipped: set DATABASE_URL=postgres://… \n");
    return;
  }
  for (const processes of [1, 2]) {
    const schema = await freshPgSchema();
    const servers = await Promise.all(Array.from({ length: processes }, () => startTestServer({ databaseUrl: PG_URL, pgSchema: schema.schema })));
    try {
      await measure(`PostgreSQL, ${processes} process${processes > 1 ? "es" : ""}`, servers);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await schema.drop();
    }
  }
}

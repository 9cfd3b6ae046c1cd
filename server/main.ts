// Entry of `npm start` / `npm run serve`: one process serving the web apps and the API on one port.
import { startServer } from "./server.js";

const started = await startServer().catch((err: unknown) => {
  process.stderr.write(`yijian failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
process.stdout.write(`yijian listening on ${started.url}\n`);
for (const sig of ["SIGTERM", "SIGINT"] as const) {
  process.once(sig, () => {
    process.stderr.write(`${sig} received, shutting down\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    started.stop().then(() => process.exit(0), () => process.exit(1));
  });
}

// Where the benchmarks find PostgreSQL: DATABASE_URL, else the local server of a developer machine; undefined when
// none answers (the benchmark then measures SQLite only and says so).
import pg from "pg";

/** The URL of a PostgreSQL server that answers within 2 s, if any. */
export async function pgUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgres://postgres@127.0.0.1:5432/test";
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return url;
  } catch {
    return undefined;
  }
}

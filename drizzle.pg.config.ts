// drizzle-kit config for the PostgreSQL migrations: `npx drizzle-kit generate --config drizzle.pg.config.ts`.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema/schema.pg.ts",
  out: "./server/db/migrations/pg",
});

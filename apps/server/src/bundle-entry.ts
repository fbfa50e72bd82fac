import { fileURLToPath } from "node:url";

/**
 * The production bundle's entry point (`npm run build:prod` makes apps/server/dist/server.mjs
 * from it). Bundled, `import.meta.url` is the bundle's own address: the built apps and the
 * migrations are shipped beside it. Production defaults differ from development in two
 * ways: PostgreSQL is required (PGlite is left out of the bundle), and an empty database
 * gets no demo participants unless OPIS_SEED_PARTICIPANTS asks for them.
 */
const beside = (path: string) => fileURLToPath(new URL(path, import.meta.url));

if (!process.env.DATABASE_URL?.trim()) {
  console.error(
    "DATABASE_URL is not set. The production build runs on PostgreSQL only; use `npm start` for the embedded database.",
  );
  process.exit(1);
}
process.env.OPIS_APPS_DIR ??= beside("./apps");
process.env.OPIS_MIGRATIONS_DIR ??= beside("./drizzle");
process.env.OPIS_SEED_PARTICIPANTS ??= "0";

// After the defaults above: main reads the environment when it starts.
await import("./main");

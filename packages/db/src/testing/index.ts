import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase, type DatabaseHandle } from "../database";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or a new database on the server named by DATABASE_URL, dropped on close.
 * `migrate: false` leaves it empty (for the migration tests themselves).
 */
export async function createTestDatabase(
  url: string | undefined = process.env.DATABASE_URL,
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle> {
  const migrate = options.migrate ?? true;
  if (!url) {
    const handle = await createDatabase();
    if (migrate) await handle.migrate();
    return handle;
  }
  const name = `opis_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = await createDatabase({
    url: testUrl.toString(),
    maxConnections: 4,
    // Tests that end sessions on purpose check the outcome themselves.
    onConnectionError: () => undefined,
  });
  if (migrate) await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      // The pool's end() can resolve while its sockets are still closing. FORCE would
      // terminate those sessions, and the FATAL reaching a client that already left the
      // pool has no listener: an uncaught error in whichever test file runs next. So
      // wait (briefly) until the database has no sessions before dropping it.
      for (let i = 0; i < 50; i++) {
        const open = await dropper.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        if ((open.rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

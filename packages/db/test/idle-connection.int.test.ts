import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { createDatabase } from "../src";

const serverUrl = process.env.DATABASE_URL;

// PostgreSQL only: PGlite has no server sessions to lose.
describe.skipIf(!serverUrl)("a pooled PostgreSQL connection that is ended by the server", () => {
  test("is reported, not thrown, and the next query gets a fresh connection", async () => {
    const lost: Error[] = [];
    const handle = await createDatabase({
      url: serverUrl,
      maxConnections: 1,
      onConnectionError: (error) => lost.push(error),
    });
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const pid = (await handle.db.execute(sql`SELECT pg_backend_pid() AS pid`)) as unknown as {
        rows: { pid: number }[];
      };
      const backend = pid.rows[0]!.pid;
      await admin.query("SELECT pg_terminate_backend($1)", [backend]);
      await expect.poll(() => lost.length, { timeout: 5000 }).toBe(1);
      expect((lost[0] as Error & { code?: string }).code).toBe("57P01");
      const again = (await handle.db.execute(sql`SELECT pg_backend_pid() AS pid`)) as unknown as {
        rows: { pid: number }[];
      };
      expect(again.rows[0]!.pid).not.toBe(backend);
    } finally {
      await admin.end();
      await handle.close();
    }
  });
});

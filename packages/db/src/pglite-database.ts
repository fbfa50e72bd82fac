import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { Database, DatabaseHandle } from "./database";
import * as schema from "./schema";

/**
 * Embedded PGlite: one in-process session, so start-up work needs no lock.
 * In a file of its own so the production bundle can leave PGlite (27 MB) out.
 */
export async function openPglite(options: {
  dataDir: string | undefined;
  migrationsFolder: string;
}): Promise<DatabaseHandle> {
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    db: db as unknown as Database,
    driver: "pglite",
    executeSql: async (text, values) => {
      if (values?.length) return { rows: (await client.query(text, values)).rows };
      // Without parameters the text may hold several statements (BEGIN … RETURNING … COMMIT):
      // exec() runs them all; keep the rows of every one, as the pg driver does.
      try {
        const results = await client.exec(text);
        return { rows: results.flatMap((r) => r.rows ?? []) };
      } catch (error) {
        // One session: a failed BEGIN … COMMIT block must not leave it in an aborted transaction.
        if (/^\s*begin/i.test(text)) await client.exec("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    migrate: () => migrate(db, { migrationsFolder: options.migrationsFolder }),
    withAdvisoryLock: (_name, work) => work(),
    close: () => client.close(),
  };
}

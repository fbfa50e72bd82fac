import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The one database type the rest of the code sees, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: queries accept either. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  readonly db: Database;
  readonly driver: "pglite" | "postgres";
  /** Raw parameterised SQL on the same connection(s), for libraries such as the job queue. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Applies all pending migrations. Safe to call on an up-to-date database. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** A PostgreSQL connection string. Without it, embedded PGlite is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; without it PGlite runs in memory. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /**
   * An idle pooled connection failed (the server restarted, an administrator ended
   * the session). The pool drops it and opens another when needed; this only reports.
   */
  onIdleConnectionError?: (error: Error) => void;
}

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * Opens the platform's database: a `pg` pool when a URL is given, embedded
 * PGlite otherwise. Both run the same schema and the same migrations.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // Without a listener, an idle client's error would be an uncaught exception and end the process.
    pool.on("error", (error) =>
      (
        options.onIdleConnectionError ??
        ((e) => console.error("database connection lost:", e.message))
      )(error),
    );
    const db = drizzlePg(pool, { schema, casing: "snake_case" });
    return {
      db: db as unknown as Database,
      driver: "postgres",
      executeSql: async (text, values) => {
        // A multi-statement query answers with one result per statement: keep every row.
        const result = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
        return { rows: Array.isArray(result) ? result.flatMap((r) => r.rows ?? []) : result.rows };
      },
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema, casing: "snake_case" });
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
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

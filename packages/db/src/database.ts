import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { useLeakFreeTransactions } from "./pg-transactions";
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
   * A pooled connection failed, idle or checked out (the server restarted, an
   * administrator ended the session, the network dropped). The query running on it,
   * if any, fails on its own and its transaction is rolled back by the server; the
   * pool drops the connection and opens another when needed. This only reports.
   */
  onConnectionError?: (error: Error) => void;
  /** How long a request waits for a connection before failing (ms); default 5000. */
  connectionTimeoutMs?: number;
}

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * Opens the platform's database: a `pg` pool when a URL is given, embedded
 * PGlite otherwise. Both run the same schema and the same migrations.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    });
    const report =
      options.onConnectionError ??
      ((error: Error) =>
        console.error("database connection lost:", (error as { code?: string }).code));
    // An 'error' event without a listener is an uncaught exception that ends the process.
    // pg-pool listens on idle clients only; a client checked out by a transaction
    // (between two of its statements) would take the whole server down. So every
    // client gets a listener of its own for its whole life.
    pool.on("connect", (client) => client.on("error", report));
    // pg-pool re-emits an idle client's error on the pool (and would throw without a
    // listener); the client's own listener above has reported it already.
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { schema, casing: "snake_case" });
    useLeakFreeTransactions(db, pool);
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

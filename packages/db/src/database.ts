import { fileURLToPath } from "node:url";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { useLeakFreeTransactions } from "./pg-transactions";
import { openPglite } from "./pglite-database";
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
  /**
   * Applies all pending migrations. Safe to call on an up-to-date database, and from
   * several processes at once: on PostgreSQL it holds an advisory lock while it runs.
   */
  migrate(): Promise<void>;
  /**
   * Runs `work` while holding the cluster-wide advisory lock `name` (PostgreSQL), so
   * server replicas starting together do start-up work one after another.
   */
  withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** A PostgreSQL connection string. Without it, embedded PGlite is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; without it PGlite runs in memory. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** Shown in pg_stat_activity, so an operator (and the smoke test) can tell the pools apart. */
  applicationName?: string;
  /**
   * Every transaction read-only (`default_transaction_read_only`): for the reporting
   * handle on a streaming replica, which refuses writes anyway, and which must not
   * write if it is pointed at the primary.
   */
  readOnly?: boolean;
  /** Where the migration files are; the production bundle ships them beside itself. */
  migrationsFolder?: string;
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

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * Opens the platform's database: a `pg` pool when a URL is given, embedded
 * PGlite otherwise. Both run the same schema and the same migrations.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (!options.url) return openPglite({ dataDir: options.dataDir, migrationsFolder });

  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
    ...(options.readOnly ? { options: "-c default_transaction_read_only=on" } : {}),
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

  async function withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    // A session-level lock on a connection of its own, held while `work` uses the pool.
    const client = await pool.connect();
    const key = `opis:${name}`;
    try {
      await client.query("select pg_advisory_lock(hashtext($1))", [key]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    // Set when the lock's own connection failed: then it is discarded, not reused.
    let broken: Error | undefined;
    try {
      return await work();
    } finally {
      // A lost connection has released the lock with its session.
      await client.query("select pg_advisory_unlock(hashtext($1))", [key]).catch((error) => {
        broken = error as Error;
      });
      client.release(broken);
    }
  }

  return {
    db: db as unknown as Database,
    driver: "postgres",
    executeSql: async (text, values) => {
      // A multi-statement query answers with one result per statement: keep every row.
      const result = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
      return { rows: Array.isArray(result) ? result.flatMap((r) => r.rows ?? []) : result.rows };
    },
    // drizzle's migrator takes no lock: two servers starting on an empty database would
    // both create its bookkeeping table and both run 0000 (one fails, and exits).
    migrate: () => withAdvisoryLock("migrate", () => migratePg(db, { migrationsFolder })),
    withAdvisoryLock,
    close: () => pool.end(),
  };
}

import { createDatabase, type DatabaseHandle } from "@opis/db";
import pg from "pg";

/** The server benchmarks run against: a PostgreSQL server (never PGlite: 20 M rows). */
export const BENCH_SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function benchDatabaseUrl(name: string): string {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and recreates a benchmark database, migrated to the current schema. */
export async function freshBenchDatabase(name: string): Promise<DatabaseHandle> {
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const handle = await createDatabase({ url: benchDatabaseUrl(name), maxConnections: 4 });
  await handle.migrate();
  return handle;
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.error(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

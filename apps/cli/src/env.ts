import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { swedishDate } from "@opis/domain";

/** The repository root: apps/cli/src → three levels up. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the embedded database lives when nothing else is said (the server's default too). */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, ".data/pglite");

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

/**
 * The database the CLI works on: DATABASE_URL (PostgreSQL) wins; otherwise
 * PGlite in OPIS_DATA_DIR, or `<repo root>/.data/pglite`. A relative
 * OPIS_DATA_DIR is taken from the directory npm was started in.
 */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const dir = env.OPIS_DATA_DIR?.trim();
  if (!dir) return { kind: "pglite", dataDir: DEFAULT_DATA_DIR };
  const base = env.INIT_CWD ?? process.cwd();
  return { kind: "pglite", dataDir: isAbsolute(dir) ? dir : resolve(base, dir) };
}

/** The target for people to read: never the password in a connection string. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite in ${target.dataDir}`;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = "****";
    return `PostgreSQL at ${url.toString()}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/** Today's date in Sweden as "YYYY-MM-DD", as the server computes it. */
export function todayInSweden(now: Date = new Date()): string {
  return swedishDate(now);
}

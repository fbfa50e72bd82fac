import { mkdirSync } from "node:fs";
import { createDatabase, type DatabaseHandle } from "@opis/db";
import type { DatabaseTarget } from "./env";

/** Opens the target database and brings its schema up to date. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "pglite") mkdirSync(target.dataDir, { recursive: true });
  const handle =
    target.kind === "postgres"
      ? await createDatabase({ url: target.url, maxConnections: 2 })
      : await createDatabase({ dataDir: target.dataDir });
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

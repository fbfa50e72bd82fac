import { sql } from "drizzle-orm";
import type { Executor } from "../database";

/**
 * Empties every table of the application schema (not the migrations
 * journal), for `opis seed --reset`. Development and demo use only.
 */
export async function resetDatabase(db: Executor): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  // Both drivers return { rows }; the shared Database type leaves it unknown.
  const tables = (result as unknown as { rows: { table_name: string }[] }).rows.map(
    (r) => r.table_name,
  );
  if (tables.length === 0) return [];
  await db.execute(
    sql`truncate table ${sql.join(
      tables.map((t) => sql.identifier(t)),
      sql`, `,
    )} restart identity cascade`,
  );
  return tables;
}

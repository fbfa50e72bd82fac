import type { Executor } from "@opis/db";
import { sql } from "drizzle-orm";

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
  // The audit log refuses TRUNCATE (migration 0008); wiping a whole demo database is the
  // one deliberate exception, done as the owner with the guard off for this statement only.
  const guarded = tables.includes("audit_events");
  if (guarded)
    await db.execute(sql`alter table audit_events disable trigger audit_events_no_truncate`);
  try {
    await db.execute(
      sql`truncate table ${sql.join(
        tables.map((t) => sql.identifier(t)),
        sql`, `,
      )} restart identity cascade`,
    );
  } finally {
    if (guarded)
      await db.execute(sql`alter table audit_events enable trigger audit_events_no_truncate`);
  }
  return tables;
}

/** True when the database already holds users or people (a seed would collide with them). */
export async function databaseHasData(db: Executor): Promise<boolean> {
  const result = await db.execute<{ has_data: boolean }>(
    sql`select exists (select 1 from users) or exists (select 1 from people) as has_data`,
  );
  return (result as unknown as { rows: { has_data: boolean }[] }).rows[0]?.has_data === true;
}

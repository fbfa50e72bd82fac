import type { Executor } from "@opis/db";
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * Inserts many rows in few statements: each chunk travels as one JSON
 * parameter and is expanded by json_populate_recordset on the server. Much
 * faster than a VALUES list with a parameter per cell, on PGlite and PostgreSQL alike.
 */
export async function bulkInsert<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T["$inferInsert"][],
  chunkSize = 5_000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as [string, { name: string }][];
  // Only the columns some row sets; the others keep their defaults.
  const used = columns.filter(([key]) =>
    rows.some((r) => (r as Record<string, unknown>)[key] !== undefined),
  );
  const names = sql.join(
    used.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let offset = 0; offset < rows.length; offset += chunkSize) {
    const chunk = rows.slice(offset, offset + chunkSize).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of used)
        record[column.name] = (row as Record<string, unknown>)[key] ?? null;
      return record;
    });
    await db.execute(
      sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::json)`,
    );
  }
}

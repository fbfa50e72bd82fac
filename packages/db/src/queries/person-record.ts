// Everything stored about one person, for the register extract (GDPR art. 15) and
// for retention. Tables are found from the schema itself: a table added later with a
// `personId` or `enrolmentId` column is in the extract without anyone remembering to.
import { arrayContains, eq, getTableColumns, getTableName, inArray, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../database";
import * as schema from "../schema";

type Row = Record<string, unknown>;

export interface PersonRecord {
  person: typeof schema.people.$inferSelect;
  /** Rows per table (SQL name), people and audit_events excluded. */
  tables: Record<string, Row[]>;
  /** Who read or changed the person's data, oldest first. */
  accessLog: (typeof schema.auditEvents.$inferSelect)[];
}

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
  is(value, PgTable),
);

/** The tables holding rows about a person, and the column that leads to them. */
export const PERSON_TABLES = tables
  .filter(
    (table) => table !== (schema.people as PgTable) && table !== (schema.auditEvents as PgTable),
  )
  .flatMap((table): { table: PgTable; via: "personId" | "enrolmentId" }[] => {
    const columns = getTableColumns(table) as Record<string, unknown>;
    if ("personId" in columns) return [{ table, via: "personId" }];
    if ("enrolmentId" in columns) return [{ table, via: "enrolmentId" }];
    return [];
  });

export async function findPersonById(db: Executor, personId: string) {
  const rows = await db.select().from(schema.people).where(eq(schema.people.id, personId));
  return rows[0];
}

export async function loadPersonRecord(
  db: Executor,
  personId: string,
): Promise<PersonRecord | undefined> {
  const person = await findPersonById(db, personId);
  if (!person) return undefined;
  const enrolmentIds = (
    await db
      .select({ id: schema.enrolments.id })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.personId, personId))
  ).map((row) => row.id);
  const result: Record<string, Row[]> = {};
  for (const { table, via } of PERSON_TABLES) {
    const column = getTableColumns(table)[via];
    if (!column) continue;
    if (via === "enrolmentId" && enrolmentIds.length === 0) {
      result[getTableName(table)] = [];
      continue;
    }
    const rows = await db
      .select()
      .from(table)
      .where(via === "personId" ? eq(column, personId) : inArray(column, enrolmentIds));
    result[getTableName(table)] = rows as Row[];
  }
  const accessLog = await db
    .select()
    .from(schema.auditEvents)
    .where(arrayContains(schema.auditEvents.personIds, [personId]))
    .orderBy(schema.auditEvents.id);
  return { person, tables: result, accessLog };
}

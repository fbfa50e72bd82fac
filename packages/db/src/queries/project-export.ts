import { sql } from "drizzle-orm";
import type { Executor } from "../database";

/** Personal identity number and person id per enrolment of a project: for the managing authority's file. */
export async function loadPersonalNumbersByEnrolment(
  db: Executor,
  projectId: string,
): Promise<Map<string, { personId: string; personalIdentityNumber: string }>> {
  const result = (await db.execute(sql`
    SELECT e.id AS enrolment_id, p.id AS person_id, p.personal_identity_number AS pin
    FROM enrolments e JOIN people p ON p.id = e.person_id
    WHERE e.project_id = ${projectId}`)) as unknown as {
    rows: { enrolment_id: string; person_id: string; pin: string }[];
  };
  return new Map(
    result.rows.map((r) => [
      r.enrolment_id,
      { personId: r.person_id, personalIdentityNumber: r.pin },
    ]),
  );
}

/** One column of a table, as the catalog describes it. */
export interface CatalogColumn {
  table: string;
  column: string;
  dataType: string;
  nullable: boolean;
}

/** Every column of every table in the schema, in table and column order. */
export async function loadCatalogColumns(db: Executor): Promise<CatalogColumn[]> {
  const result = (await db.execute(sql`
    SELECT table_name AS t, column_name AS c, data_type AS d, is_nullable AS n
    FROM information_schema.columns
    WHERE table_schema = current_schema()
    ORDER BY table_name, ordinal_position`)) as unknown as {
    rows: { t: string; c: string; d: string; n: string }[];
  };
  return result.rows.map((r) => ({
    table: r.t,
    column: r.c,
    dataType: r.d,
    nullable: r.n === "YES",
  }));
}

/**
 * How a table's rows belong to a project, from its columns: its own
 * project_id; an enrolment of the project; a person with an intake in it; an
 * import of it (comparison units); or shared registers the project's rows
 * point to (staff, employers). Null: not project data (sessions, the audit
 * log, job queues, migrations).
 */
export function projectScopeOf(table: string, columns: readonly string[]): SQLScope | null {
  if (columns.includes("project_id")) return "projectId";
  if (columns.includes("enrolment_id")) return "enrolment";
  if (table === "people") return "person";
  if (table === "comparison_units") return "comparisonImport";
  if (table === "users" || table === "employers") return "register";
  return null;
}
export type SQLScope = "projectId" | "enrolment" | "person" | "comparisonImport" | "register";

/** A table's rows that belong to the project, every column as text (null stays null). */
export async function loadProjectTableRows(
  db: Executor,
  options: { table: string; columns: readonly string[]; scope: SQLScope; projectId: string },
): Promise<(string | null)[][]> {
  const { projectId } = options;
  const where = {
    projectId: sql`t.project_id = ${projectId}`,
    enrolment: sql`t.enrolment_id IN (SELECT id FROM enrolments WHERE project_id = ${projectId})`,
    person: sql`t.id IN (SELECT person_id FROM intakes WHERE project_id = ${projectId})`,
    comparisonImport: sql`t.import_id IN (SELECT id FROM comparison_imports WHERE project_id = ${projectId})`,
    register: sql`true`,
  }[options.scope];
  const select = sql.join(
    options.columns.map((c) => sql`t.${sql.identifier(c)}::text AS ${sql.identifier(c)}`),
    sql`, `,
  );
  const order = options.columns.includes("id") ? sql`ORDER BY t.id` : sql``;
  const result = (await db.execute(
    sql`SELECT ${select} FROM ${sql.identifier(options.table)} t WHERE ${where} ${order}`,
  )) as unknown as { rows: Record<string, string | null>[] };
  return result.rows.map((r) => options.columns.map((c) => r[c] ?? null));
}

import { readFileSync } from "node:fs";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src";
import { schema } from "../src";
import { createTestDatabase } from "../src/testing";

const journal = JSON.parse(
  readFileSync(new URL("../drizzle/meta/_journal.json", import.meta.url), "utf8"),
) as { entries: { tag: string }[] };

// Every table the drizzle schema declares, with its columns.
const declared = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table))
  .map((config) => ({ name: config.name, columns: config.columns.map((c) => c.name).sort() }));

async function columnsByTable(handle: DatabaseHandle): Promise<Map<string, string[]>> {
  // Both drivers answer raw SQL with { rows }.
  const result = (await handle.db.execute(
    sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
  )) as unknown as { rows: { table_name: string; column_name: string }[] };
  const tables = new Map<string, string[]>();
  for (const row of result.rows) {
    tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name]);
  }
  for (const columns of tables.values()) columns.sort();
  return tables;
}

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const result = (await handle.db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

describe("migrations", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(undefined, { migrate: false });
  });
  afterAll(() => handle.close());

  it("start from an empty database", async () => {
    expect((await columnsByTable(handle)).size).toBe(0);
  });

  it("create every table of the schema with every column, and record every migration", async () => {
    expect(declared.length).toBeGreaterThan(15);
    await handle.migrate();
    const tables = await columnsByTable(handle);
    for (const table of declared) expect(tables.get(table.name), table.name).toEqual(table.columns);
    expect(await appliedMigrations(handle)).toBe(journal.entries.length);
  });

  it("are idempotent: migrating again keeps the data and applies nothing twice", async () => {
    await handle.db.insert(schema.projectDefinitions).values({
      projectId: "probe",
      version: 1,
      definition: { id: "probe" } as never,
    });
    await handle.migrate();
    expect(await appliedMigrations(handle)).toBe(journal.entries.length);
    expect(await handle.db.select().from(schema.projectDefinitions)).toHaveLength(1);
  });
});

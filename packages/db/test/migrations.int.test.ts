import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src";
import { schema } from "../src";
import { createTestDatabase } from "../src/testing";

describe("migrations", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it("creates every table of the schema", async () => {
    // Both drivers answer raw SQL with { rows }.
    const rows = (await handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    )) as unknown as { rows: { table_name: string }[] };
    const names = new Set(rows.rows.map((r) => r.table_name));
    for (const table of [
      "users",
      "people",
      "intakes",
      "enrolments",
      "attendance",
      "audit_events",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("is idempotent: migrating twice changes nothing", async () => {
    await handle.migrate();
    const users = await handle.db.select().from(schema.users);
    expect(users).toEqual([]);
  });
});

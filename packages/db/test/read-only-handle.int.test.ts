import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type DatabaseHandle, schema } from "../src";
import { createTestDatabase } from "../src/testing";

const serverUrl = process.env.DATABASE_URL;

// PostgreSQL only: the reporting handle the server opens on DATABASE_REPLICA_URL.
describe.skipIf(!serverUrl)("a read-only handle (the reporting pool)", () => {
  let primary: DatabaseHandle;
  let reports: DatabaseHandle;
  beforeAll(async () => {
    primary = await createTestDatabase();
    const { rows } = await primary.executeSql("select current_database() as name");
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${(rows[0] as { name: string }).name}`;
    reports = await createDatabase({
      url: url.toString(),
      readOnly: true,
      applicationName: "opis-reports-test",
      maxConnections: 2,
    });
  });
  afterAll(async () => {
    await reports?.close();
    await primary?.close();
  });

  test("reads, names itself in pg_stat_activity, and refuses to write even on a primary", async () => {
    expect(await reports.db.$count(schema.users)).toBe(0);
    const named = (await primary.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where application_name = 'opis-reports-test'`,
    )) as unknown as { rows: { n: number }[] };
    expect(named.rows[0]!.n).toBeGreaterThan(0);
    await expect(
      reports.db.insert(schema.users).values({
        subject: "read-only-check",
        name: "Skrivskydd",
        role: "evaluator",
        organisation: "af",
      }),
    ).rejects.toMatchObject({ cause: { code: "25006" } });
  });
});

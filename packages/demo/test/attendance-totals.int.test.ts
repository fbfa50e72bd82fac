import type { DatabaseHandle } from "@opis/db";
import { schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDemoData } from "../src";

let handle: DatabaseHandle;
let enrolmentIds: string[];

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoData(handle.db, { participants: 12, seed: "totals", today: "2026-03-16" });
  enrolmentIds = (await handle.db.select({ id: schema.enrolments.id }).from(schema.enrolments))
    .map((e) => e.id)
    .sort();
});
afterAll(async () => {
  await handle?.close();
});

/** Totals as the trigger keeps them, and as a fresh sum over the day rows says they should be. */
async function totalsAndSums() {
  const kept = await handle.db.execute(sql`
    SELECT enrolment_id, planned_minutes, present_minutes FROM attendance_totals
    WHERE planned_minutes > 0 OR present_minutes > 0 ORDER BY enrolment_id`);
  const summed = await handle.db.execute(sql`
    SELECT enrolment_id, sum(planned_minutes)::int AS planned_minutes,
      sum(present_minutes)::int AS present_minutes
    FROM attendance GROUP BY enrolment_id
    HAVING sum(planned_minutes) > 0 OR sum(present_minutes) > 0 ORDER BY enrolment_id`);
  const rows = (r: unknown) => (r as { rows: unknown[] }).rows;
  return { kept: rows(kept), summed: rows(summed) };
}

describe("attendance totals (kept by triggers)", () => {
  test("the seeded data is summed, and the sums are not all zero", async () => {
    const { kept, summed } = await totalsAndSums();
    expect(summed.length).toBeGreaterThan(3);
    expect(kept).toEqual(summed);
  });

  test("any sequence of inserts, upserts, updates and deletes keeps totals equal to the sums", async () => {
    const day = fc
      .integer({ min: 0, max: 30 })
      .map((d) => `2026-04-${String(1 + (d % 30)).padStart(2, "0")}`);
    const enrolment = fc.integer({ min: 0, max: 3 });
    const minutes = fc.integer({ min: 0, max: 480 });
    const operation = fc.oneof(
      fc.record({ kind: fc.constant("upsert" as const), enrolment, day, minutes }),
      fc.record({ kind: fc.constant("update" as const), enrolment, minutes }),
      fc.record({ kind: fc.constant("delete" as const), enrolment, day }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        for (const op of operations) {
          const id = enrolmentIds[op.enrolment]!;
          if (op.kind === "upsert") {
            await handle.db.execute(sql`
              INSERT INTO attendance (enrolment_id, date, planned_minutes, present_minutes)
              VALUES (${id}, ${op.day}, 480, ${op.minutes})
              ON CONFLICT (enrolment_id, date) DO UPDATE SET present_minutes = excluded.present_minutes`);
          } else if (op.kind === "update") {
            await handle.db.execute(sql`
              UPDATE attendance SET present_minutes = ${op.minutes}
              WHERE enrolment_id = ${id} AND date >= '2026-04-01'`);
          } else {
            await handle.db.execute(sql`
              DELETE FROM attendance WHERE enrolment_id = ${id} AND date = ${op.day}`);
          }
        }
        const { kept, summed } = await totalsAndSums();
        expect(kept).toEqual(summed);
      }),
      { numRuns: 25 },
    );
  });

  test("deleting an enrolment takes its totals with it", async () => {
    const id = enrolmentIds.at(-1)!;
    await handle.db.execute(sql`DELETE FROM enrolments WHERE id = ${id}`);
    const left = await handle.db.execute(
      sql`SELECT count(*)::int AS n FROM attendance_totals WHERE enrolment_id = ${id}`,
    );
    expect((left as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});

import { sql } from "drizzle-orm";
import type { Database, Executor } from "../database";
import * as schema from "../schema";
import { type DemoData, generateDemoData, type SeedOptions } from "./generate";
import { bulkInsert } from "./insert";

export interface SeedSummary {
  participants: number;
  seed: number | string;
  today: string;
  /** Rows inserted per table. */
  counts: Record<keyof DemoData, number>;
}

/**
 * Fills an empty, migrated database with demo data for OPIS: staff, people
 * with Skatteverket test personal numbers, intakes, enrolments and everything
 * that follows from them up to `today`. Deterministic for the same options.
 * Each stage is one transaction; a failure leaves the earlier stages in place.
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const data = generateDemoData(options);
  await db.transaction(async (tx) => {
    await bulkInsert(tx, schema.users, data.users);
  });
  await db.transaction(async (tx) => {
    await bulkInsert(tx, schema.people, data.people);
    await bulkInsert(tx, schema.intakes, data.intakes, 2_000);
    await bulkInsert(tx, schema.enrolments, data.enrolments);
  });
  await db.transaction(async (tx) => {
    await bulkInsert(tx, schema.jointPlans, data.jointPlans, 2_000);
    await bulkInsert(tx, schema.activities, data.activities);
  });
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    // In primary-key order the index grows at its end instead of splitting pages all over.
    const byKey = [...data.attendance].sort((a, b) =>
      a.enrolmentId === b.enrolmentId
        ? a.date < b.date
          ? -1
          : 1
        : a.enrolmentId < b.enrolmentId
          ? -1
          : 1,
    );
    await bulkInsert(tx, schema.attendance, byKey, 5_000);
  });
  await db.transaction(async (tx) => {
    await bulkInsert(tx, schema.assessments, data.assessments);
  });
  await db.transaction(async (tx) => {
    await bulkInsert(tx, schema.exits, data.exits);
    await bulkInsert(tx, schema.followUps, data.followUps);
  });
  const counts = Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, (rows as unknown[]).length]),
  ) as Record<keyof DemoData, number>;
  return { participants: options.participants, seed: options.seed, today: options.today, counts };
}

/**
 * Attendance is nine rows in ten, and checking its foreign keys row by row
 * takes more than half the seed's time. Its rows point only at enrolments and
 * users this seed inserted a stage earlier, so where the role may (a
 * superuser: PGlite, a local PostgreSQL) the checks are skipped for this one
 * transaction. Elsewhere they run as usual. The seed test checks the references.
 */
async function relaxForeignKeyChecks(tx: Executor): Promise<void> {
  const result = await tx.execute(sql`select current_setting('is_superuser') = 'on' as superuser`);
  const rows = (result as unknown as { rows: { superuser: boolean }[] }).rows;
  if (rows[0]?.superuser) await tx.execute(sql`set local session_replication_role = replica`);
}

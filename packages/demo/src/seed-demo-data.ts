import type { Database, Executor } from "@opis/db";
import { schema } from "@opis/db";
import { sql } from "drizzle-orm";
import { type DemoData, generateDemoData, type SeedOptions } from "./generate";
import { bulkInsert } from "./insert";

export interface SeedSummary {
  participants: number;
  seed: number | string;
  today: string;
  /** Rows inserted per table. */
  counts: Record<keyof DemoData, number>;
}

export interface SeedHooks {
  /** Called as each stage begins, for progress output. */
  onStage?: (stage: string) => void;
}

/**
 * Fills an empty, migrated database with demo data for OPIS: staff, people
 * with Skatteverket test personal numbers, intakes, enrolments and everything
 * that follows from them up to `today`. Deterministic for the same options.
 * Each stage is one transaction; a failure leaves the earlier stages in place.
 */
export async function seedDemoData(
  db: Database,
  options: SeedOptions,
  hooks: SeedHooks = {},
): Promise<SeedSummary> {
  const stage = hooks.onStage ?? (() => {});
  stage("generate");
  const data = generateDemoData(options);
  stage("users");
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    await bulkInsert(tx, schema.users, data.users);
  });
  stage("people, intakes and enrolments");
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    await bulkInsert(tx, schema.people, data.people);
    await bulkInsert(tx, schema.intakes, data.intakes, 2_000);
    await bulkInsert(tx, schema.enrolments, data.enrolments);
  });
  stage("employers, joint plans and activities");
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    await bulkInsert(tx, schema.employers, data.employers);
    await bulkInsert(tx, schema.employerContacts, data.employerContacts);
    await bulkInsert(tx, schema.jointPlans, data.jointPlans, 2_000);
    await bulkInsert(tx, schema.activities, data.activities);
  });
  stage("attendance");
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
  stage("assessments");
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    await bulkInsert(tx, schema.assessments, data.assessments);
  });
  stage("exits and follow-ups");
  await db.transaction(async (tx) => {
    await relaxForeignKeyChecks(tx);
    await bulkInsert(tx, schema.exits, data.exits);
    await bulkInsert(tx, schema.followUps, data.followUps);
  });
  const counts = Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, (rows as unknown[]).length]),
  ) as Record<keyof DemoData, number>;
  return { participants: options.participants, seed: options.seed, today: options.today, counts };
}

/**
 * Checking foreign keys row by row takes about half the seed's time on
 * PGlite. Every reference the seed writes points at a row it generated itself
 * (the generator builds them together), so where the role may (a superuser:
 * PGlite, a local PostgreSQL) the checks are skipped for the transaction.
 * Elsewhere they run as usual. The seed test checks every reference.
 */
async function relaxForeignKeyChecks(tx: Executor): Promise<void> {
  const result = await tx.execute(sql`select current_setting('is_superuser') = 'on' as superuser`);
  const rows = (result as unknown as { rows: { superuser: boolean }[] }).rows;
  if (rows[0]?.superuser) await tx.execute(sql`set local session_replication_role = replica`);
}

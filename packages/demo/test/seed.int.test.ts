import type { Database, DatabaseHandle } from "@opis/db";
import { schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import {
  ACTIVITY_TYPES,
  classifyFollowUp,
  EXIT_REASONS,
  EXIT_STATUSES,
  JointPlanContentSchema,
  OPIS_PROJECT,
  parsePersonalIdentityNumber,
} from "@opis/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_OFFICE_BY_MUNICIPALITY,
  DEMO_USERS,
  generateDemoData,
  type SeedSummary,
  seedDemoData,
  TEST_PERSONAL_NUMBERS_MEN,
  TEST_PERSONAL_NUMBERS_WOMEN,
} from "../src";

const OPTIONS = { participants: 150, seed: "integration", today: "2026-03-16" };

/** Tables and the columns that make their order total. */
const TABLES: Record<string, string> = {
  users: "id",
  people: "id",
  intakes: "id",
  enrolments: "id",
  joint_plans: "id",
  activities: "id",
  attendance: "enrolment_id, date",
  assessments: "id",
  exits: "enrolment_id",
  follow_ups: "id",
  employers: "id",
  employer_contacts: "id",
};

async function rows<T = Record<string, unknown>>(db: Database, query: ReturnType<typeof sql>) {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/**
 * Every seeded table, row by row, in a stable order and a driver-neutral form.
 * Ids are in (the seed derives them from its generator); insert timestamps are not.
 */
async function canonicalDump(db: Database): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const result = await rows<{ row: Record<string, unknown> }>(
      db,
      sql.raw(
        `select to_jsonb(t) - 'created_at' - 'updated_at' as row from ${table} t order by ${order}`,
      ),
    );
    dump[table] = result.map((r) => r.row);
  }
  return JSON.stringify(dump);
}

describe("seedDemoData", () => {
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  let summary: SeedSummary;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    summary = await seedDemoData(first.db, OPTIONS);
    await seedDemoData(second.db, OPTIONS);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it("gives identical data for the same options", async () => {
    const [a, b] = await Promise.all([canonicalDump(first.db), canonicalDump(second.db)]);
    expect(a.length).toBeGreaterThan(10_000);
    expect(a === b).toBe(true);
  });

  it("gives different data for another seed, and generation is pure", () => {
    const again = generateDemoData(OPTIONS);
    const other = generateDemoData({ ...OPTIONS, seed: "another" });
    expect(again.people.map((p) => p.personalIdentityNumber)).toEqual(
      generateDemoData(OPTIONS).people.map((p) => p.personalIdentityNumber),
    );
    expect(other.people.map((p) => p.personalIdentityNumber)).not.toEqual(
      again.people.map((p) => p.personalIdentityNumber),
    );
  });

  it("inserts what the summary counts, with one enrolment per requested participant", async () => {
    expect(summary.counts.enrolments).toBe(OPTIONS.participants);
    const tableOf: Record<keyof SeedSummary["counts"], string> = {
      users: "users",
      people: "people",
      intakes: "intakes",
      enrolments: "enrolments",
      jointPlans: "joint_plans",
      activities: "activities",
      attendance: "attendance",
      assessments: "assessments",
      exits: "exits",
      followUps: "follow_ups",
      employers: "employers",
      employerContacts: "employer_contacts",
    };
    for (const [key, table] of Object.entries(tableOf)) {
      const [count] = await rows<{ n: number }>(
        first.db,
        sql.raw(`select count(*)::int as n from ${table}`),
      );
      expect(count?.n, table).toBe(summary.counts[key as keyof SeedSummary["counts"]]);
      expect(count?.n, table).toBeGreaterThan(0);
    }
    const exited = await first.db.$count(schema.enrolments, eq(schema.enrolments.status, "exited"));
    expect(exited).toBe(summary.counts.exits);
  });

  it("uses only Skatteverket's test personal numbers, with the legal gender they encode", async () => {
    const allowed = new Set([...TEST_PERSONAL_NUMBERS_WOMEN, ...TEST_PERSONAL_NUMBERS_MEN]);
    const people = await first.db.select().from(schema.people);
    expect(people.length).toBeGreaterThan(OPTIONS.participants);
    for (const person of people) {
      expect(allowed.has(person.personalIdentityNumber), person.personalIdentityNumber).toBe(true);
      const parsed = parsePersonalIdentityNumber(person.personalIdentityNumber, OPTIONS.today);
      expect(parsed.ok && parsed.value.legalGender).toBe(person.gender);
      expect(parsed.ok && parsed.value.birthDate).toBe(person.birthDate);
    }
  });

  it("has every exit reason and status, about 80 % completed", async () => {
    const exits = await first.db.select().from(schema.exits);
    expect(new Set(exits.map((e) => e.reason))).toEqual(new Set(EXIT_REASONS));
    expect(new Set(exits.map((e) => e.status))).toEqual(new Set(EXIT_STATUSES));
    const completed = exits.filter((e) => e.reason === "completed").length / exits.length;
    expect(completed).toBeGreaterThan(0.7);
    expect(completed).toBeLessThan(0.9);
  });

  it("has follow-ups in every state relative to today", async () => {
    const followUps = await first.db
      .select({ followUp: schema.followUps, exitDate: schema.exits.exitDate })
      .from(schema.followUps)
      .innerJoin(schema.exits, eq(schema.exits.enrolmentId, schema.followUps.enrolmentId));
    const rule = OPIS_PROJECT.followUpRules[0]!;
    const states = new Set(
      followUps.map(({ followUp, exitDate }) =>
        classifyFollowUp(rule, exitDate, followUp.recordedOn, OPTIONS.today),
      ),
    );
    for (const state of ["notDue", "due", "overdue", "recordedOnTime"] as const) {
      expect(states, state).toContain(state);
    }
    for (const { followUp, exitDate } of followUps) {
      expect(followUp.ruleId).toBe(rule.id);
      expect(followUp.outcome === null).toBe(followUp.recordedOn === null);
      expect(exitDate < OPTIONS.today).toBe(true);
    }
  });

  it("covers staff, municipalities, intakes and activities as the demo needs", async () => {
    const users = await first.db.select().from(schema.users);
    for (const demo of DEMO_USERS) expect(users.map((u) => u.subject)).toContain(demo.subject);
    for (const code of Object.keys(DEMO_OFFICE_BY_MUNICIPALITY)) {
      expect(
        users.some((u) => u.role === "coordinator" && u.municipalityCode === code),
        code,
      ).toBe(true);
    }
    for (const office of new Set(Object.values(DEMO_OFFICE_BY_MUNICIPALITY))) {
      expect(
        users.filter((u) => u.role === "officer" && u.office === office).length,
      ).toBeGreaterThan(2);
    }

    const enrolments = await first.db.select().from(schema.enrolments);
    expect(new Set(enrolments.map((e) => e.municipalityCode)).size).toBe(10);
    const demoOfficers = new Set(
      users.filter((u) => u.subject.startsWith("demo-officer")).map((u) => u.id),
    );
    const demoShare =
      enrolments.filter((e) => demoOfficers.has(e.officerUserId)).length / enrolments.length;
    expect(demoShare).toBeGreaterThan(0.2);
    const women = enrolments.filter((e) => e.gender === "woman").length / enrolments.length;
    expect(women).toBeGreaterThan(0.4);
    expect(women).toBeLessThan(0.6);
    expect(enrolments.some((e) => e.priorityGroups.includes("womenBornOutsideEurope25Plus"))).toBe(
      true,
    );

    const intakes = await first.db.select().from(schema.intakes);
    expect(new Set(intakes.map((i) => i.status))).toEqual(
      new Set(["draft", "enrolled", "declined"]),
    );
    expect(new Set(intakes.map((i) => i.eligibilityOutcome))).toEqual(
      new Set(["eligible", "eligibleByException", "notEligible", null]),
    );

    const activities = await first.db.select().from(schema.activities);
    expect(new Set(activities.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPES));
    for (const a of activities.filter((a) => a.type === "validation"))
      expect(a.validationModule).toBeTruthy();
    for (const a of activities.filter((a) => a.type === "internship")) {
      expect(a.provider).toBeTruthy();
      expect(a.employerId).toBeTruthy();
    }

    const plans = await first.db.select().from(schema.jointPlans);
    for (const plan of plans) {
      const parsed = JointPlanContentSchema.safeParse(plan.content);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toEqual(plan.content);
    }
    expect(new Set(plans.map((p) => p.version))).toEqual(new Set([1, 2, 3]));
  });

  it("writes only references that resolve (the seed may skip the per-row checks)", async () => {
    const foreignKeys = await rows<{ tbl: string; col: string; ref: string; refcol: string }>(
      first.db,
      sql`select c.conrelid::regclass::text as tbl, a.attname as col,
                 c.confrelid::regclass::text as ref, af.attname as refcol
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
          where c.contype = 'f' and cardinality(c.conkey) = 1
            and c.connamespace = 'public'::regnamespace`,
    );
    expect(foreignKeys.length).toBeGreaterThan(10);
    for (const fk of foreignKeys) {
      const [dangling] = await rows<{ n: number }>(
        first.db,
        sql.raw(
          `select count(*)::int as n from ${fk.tbl} t where t.${fk.col} is not null and not exists (select 1 from ${fk.ref} r where r.${fk.refcol} = t.${fk.col})`,
        ),
      );
      expect(dangling!.n, `${fk.tbl}.${fk.col}`).toBe(0);
    }
  });

  it("records nothing after today and attendance only on weekdays", async () => {
    const [latest] = await rows<{ d: string }>(
      first.db,
      sql`select greatest(
            (select max(start_date) from enrolments), (select max(date) from attendance),
            (select max(assessed_on) from assessments), (select max(exit_date) from exits),
            (select max(recorded_on) from follow_ups), (select max(start_date) from activities)
          )::text as d`,
    );
    expect(latest!.d <= OPTIONS.today).toBe(true);
    const [weekend] = await rows<{ n: number }>(
      first.db,
      sql`select count(*)::int as n from attendance where extract(isodow from date) > 5`,
    );
    expect(weekend!.n).toBe(0);
  });
});

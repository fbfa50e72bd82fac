import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
import { addDays, getProject, retentionEndsOn } from "@opis/domain";
import { count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src";
import { createContext, type SessionUser } from "../src/context";
import { runRetention } from "../src/operations/retention";
import { createCallerFactory } from "../src/trpc";

const createCaller = createCallerFactory(appRouter);
const TODAY = "2026-11-02";

describe("retention: personal data pseudonymised after the period, figures unchanged", () => {
  let handle: DatabaseHandle;
  let figures: () => Promise<string>;
  const retentionEnd = retentionEndsOn(getProject("opis") ?? { period: { end: "" } });

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedDemoData(handle.db, { participants: 150, seed: 7, today: TODAY });
    const [evaluator] = await handle.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.role, "evaluator"))
      .limit(1);
    const caller = createCaller(
      createContext({
        db: handle.db,
        user: evaluator as SessionUser,
        // The figures are asked for as of the same day before and after.
        now: () => new Date(`${TODAY}T12:00:00+01:00`),
      }),
    );
    // Every aggregate the evaluators and the ESF report see, as one comparable text.
    figures = async () =>
      JSON.stringify([
        await caller.goals.summary({ projectId: "opis" }),
        await caller.statistics.dashboard({ projectId: "opis" }),
        await caller.statistics.flows({ projectId: "opis", dimension: "gender" }),
        await caller.statistics.esf({ projectId: "opis" }),
        await caller.statistics.successFactors({ projectId: "opis" }),
      ]);
  }, 120_000);
  afterAll(() => handle?.close());

  const people = async () =>
    Number(
      (
        await handle.db
          .select({ n: count() })
          .from(schema.people)
          .where(isNull(schema.people.pseudonymisedAt))
      )[0]?.n,
    );

  it("the OPIS project keeps personal data 72 months after it ends", () => {
    expect(retentionEnd).toBe("2033-12-30");
  });

  it("nothing is due on the last day of the period; a dry run after it changes nothing", async () => {
    const identified = await people();
    expect(identified).toBeGreaterThan(100);
    const onLastDay = await runRetention(handle.db, {
      today: retentionEnd,
      now: new Date(),
      dryRun: false,
    });
    expect(onLastDay.people).toBe(0);
    const dry = await runRetention(handle.db, {
      today: addDays(retentionEnd, 1),
      now: new Date(),
      dryRun: true,
    });
    expect(dry.people).toBe(identified);
    expect(dry.erased).toBeNull();
    expect(await people()).toBe(identified);
  });

  it("after the period, names, numbers and free text go; the figures before equal the figures after", async () => {
    const before = await figures();
    const notesBefore = (await handle.db.select({ n: count() }).from(schema.caseNotes))[0]?.n;

    const report = await runRetention(handle.db, {
      today: addDays(retentionEnd, 1),
      now: new Date(),
      dryRun: false,
    });
    expect(report.people).toBeGreaterThan(100);
    expect(report.erased?.caseNotes).toBe(Number(notesBefore));
    expect(await people()).toBe(0);
    const sample = await handle.db.select().from(schema.people).limit(3);
    for (const person of sample) {
      expect(person.givenName).toBe("Pseudonymiserad");
      expect(person.personalIdentityNumber).toBe(`pseudonym:${person.id}`);
      expect(person.birthDate.endsWith("-01-01")).toBe(true);
    }
    expect(Number((await handle.db.select({ n: count() }).from(schema.caseNotes))[0]?.n)).toBe(0);
    expect(Number((await handle.db.select({ n: count() }).from(schema.jointPlans))[0]?.n)).toBe(0);

    // The statistics are reproducible: every figure is the same.
    expect(await figures()).toBe(before);

    const audit = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "retention.pseudonymise"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.personIds.length).toBe(report.people);

    // Running again finds nothing left to do.
    const again = await runRetention(handle.db, {
      today: addDays(retentionEnd, 2),
      now: new Date(),
      dryRun: false,
    });
    expect(again.people).toBe(0);
  });
});

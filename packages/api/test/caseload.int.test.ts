import { type EnrolmentScope, listNextActionsBySql, listParticipants, schema } from "@opis/db";
import {
  addDays,
  EMPTY_JOINT_PLAN,
  type JointPlanContent,
  NEXT_ACTION_KINDS,
  PLAN_ITEM_STATUSES,
} from "@opis/domain";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextActionsFor } from "../src/operations/case-state";
import {
  type ApiFixture,
  completePlan,
  createApiFixture,
  eligibleFacts,
  factsFor,
  TEST_NUMBERS,
} from "./fixtures";

// TODAY in the fixture is 2026-03-16.
describe("caseload, participant header, timeline and to-do", () => {
  let f: ApiFixture;
  let enrolmentId: string;
  let draftIntakeId: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.woman1990,
      givenName: "Amina",
      familyName: "Yusuf",
    });
    ({ enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts: eligibleFacts(),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    }));
    ({ intakeId: draftIntakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1991,
      givenName: "Omar",
      familyName: "Ali",
    }));
  });
  afterAll(() => f.handle.close());

  it("a new case needs a plan within two weeks, shown in the list, the header and the to-do", async () => {
    const officer = f.as("demo-officer-kalmar");
    const list = await officer.participants.list({ scope: "mine" });
    expect(list.items[0]?.nextAction).toEqual({
      kind: "writePlan",
      dueDate: "2026-03-30",
      overdue: false,
      source: "planDueAfterStart",
    });
    const detail = await officer.participants.get({ enrolmentId });
    expect(detail).toMatchObject({ daysInProject: 0, participationRate4Weeks: null });
    const todo = await officer.todo.list({});
    expect(todo.intakes.map((i) => i.intakeId)).toEqual([draftIntakeId]);
    expect(todo.plans).toEqual([
      expect.objectContaining({
        kind: "writePlan",
        enrolmentId,
        dueDate: "2026-03-30",
        givenName: "Amina",
      }),
    ]);
  });

  it("after a plan with a review date, the next action is the review; the timeline shows both sides", async () => {
    await f.as("demo-coordinator-kalmar").plans.save({
      enrolmentId,
      basedOnVersion: 0,
      content: completePlan("2026-04-10"),
    });
    await f
      .as("demo-officer-kalmar")
      .notes.add({ enrolmentId, note: { kind: "handover", text: "Välkommen!" } });
    const detail = await f.as("demo-officer-kalmar").participants.get({ enrolmentId });
    expect(detail.nextAction).toEqual({
      kind: "reviewPlan",
      dueDate: "2026-04-10",
      overdue: false,
      source: "planReviewDate",
    });
    const timeline = await f.as("demo-officer-kalmar").participants.timeline({ enrolmentId });
    expect(timeline.map((e) => e.kind).sort()).toEqual(["enrolled", "handover", "planSaved"]);
    expect(timeline.find((e) => e.kind === "planSaved")?.organisation).toBe("kommun");
    // The review lies beyond the two-week horizon: nothing about plans to do yet.
    expect((await f.as("demo-officer-kalmar").todo.list({})).plans).toEqual([]);
  });

  it("another office's officer sees neither the case nor the to-do", async () => {
    const todo = await f.as("demo-officer-jonkoping").todo.list({ scope: "office" });
    expect(todo).toEqual({
      intakes: [],
      plans: [],
      followUps: [],
      handovers: [],
      reminders: [],
      decisions: [],
    });
  });
});

// The caseload filtered and sorted by the next action: the filter runs in the
// database before paging (ADR 0008), by an SQL form of nextCaseAction.
describe("caseload filtered and sorted by next action", () => {
  let f: ApiFixture;

  async function enrol(
    subject: string,
    key: keyof typeof TEST_NUMBERS,
    name: string,
    startDate: string,
    municipalityCode: "0880" | "0680" = "0880",
  ) {
    const caller = f.as(subject);
    const { intakeId } = await caller.intake.start({
      personalIdentityNumber: TEST_NUMBERS[key],
      givenName: name,
      familyName: "Test",
    });
    const { enrolmentId } = await caller.intake.enrol({
      intakeId,
      facts: factsFor(TEST_NUMBERS[key], { municipalityCode }),
      decision: { startDate: "2026-03-16", municipalityCode },
    });
    // A case that started earlier: enrolment only takes a start from today on.
    await f.handle.db
      .update(schema.enrolments)
      .set({ startDate })
      .where(eq(schema.enrolments.id, enrolmentId));
    return enrolmentId;
  }

  beforeAll(async () => {
    f = await createApiFixture();
    const kalmar = "demo-officer-kalmar";
    // Two plans to write (one overdue), a review, nothing to do, a follow-up.
    await enrol(kalmar, "woman1990", "Wilma", "2026-03-16");
    await enrol(kalmar, "man1980", "Walter", "2026-02-20");
    const review = await enrol(kalmar, "woman1990b", "Rut", "2026-02-01");
    const none = await enrol(kalmar, "man1991", "Nils", "2026-02-01");
    const exited = await enrol(kalmar, "man1970", "Frans", "2025-12-01");
    // Another office's case that needs a plan: never in Kalmar's lists.
    await enrol("demo-officer-jonkoping", "man1986", "Jon", "2026-03-10", "0680");
    const coordinator = f.as("demo-coordinator-kalmar");
    await coordinator.plans.save({
      enrolmentId: review,
      basedOnVersion: 0,
      content: completePlan("2026-04-10"),
    });
    // A plan saved before plans needed a review date: nothing to do.
    await f.handle.db.insert(schema.jointPlans).values({
      enrolmentId: none,
      version: 1,
      content: EMPTY_JOINT_PLAN,
      createdBy: f.users["demo-coordinator-kalmar"]?.id ?? "",
    });
    await coordinator.plans.save({
      enrolmentId: exited,
      basedOnVersion: 0,
      content: completePlan("2026-01-10"),
    });
    await f.as(kalmar).exits.record({
      enrolmentId: exited,
      exit: {
        exitDate: "2026-03-02",
        reason: "completed",
        status: "jobSeeking",
        gainedQualification: false,
      },
    });
  });
  afterAll(() => f.handle.close());

  const names = (list: { items: { givenName: string }[] }) => list.items.map((i) => i.givenName);

  it("returns exactly the cases whose next action is of the kind, with the domain's action", async () => {
    const officer = f.as("demo-officer-kalmar");
    const writePlan = await officer.participants.list({ scope: "office", nextAction: "writePlan" });
    expect(writePlan.total).toBe(2);
    expect(names(writePlan)).toEqual(["Walter", "Wilma"]);
    expect(writePlan.items.map((i) => i.nextAction)).toEqual([
      { kind: "writePlan", dueDate: "2026-03-06", overdue: true, source: "planDueAfterStart" },
      { kind: "writePlan", dueDate: "2026-03-30", overdue: false, source: "planDueAfterStart" },
    ]);
    const review = await officer.participants.list({ scope: "office", nextAction: "reviewPlan" });
    expect(names(review)).toEqual(["Rut"]);
    expect(review.items[0]?.nextAction).toEqual({
      kind: "reviewPlan",
      dueDate: "2026-04-10",
      overdue: false,
      source: "planReviewDate",
    });
    const followUp = await officer.participants.list({
      scope: "office",
      nextAction: "recordFollowUp",
    });
    expect(names(followUp)).toEqual(["Frans"]);
    expect(followUp.items[0]?.nextAction).toEqual({
      kind: "recordFollowUp",
      dueDate: "2026-05-31",
      overdue: false,
      source: "followUpRule",
    });
    const none = await officer.participants.list({ scope: "office", nextAction: "none" });
    expect(names(none)).toEqual(["Nils"]);
    const all = await officer.participants.list({ scope: "office" });
    expect(all.total).toBe(5);
  });

  it("counts and pages the filtered cases, combined with the other filters", async () => {
    const officer = f.as("demo-officer-kalmar");
    const first = await officer.participants.list({
      scope: "office",
      nextAction: "writePlan",
      pageSize: 1,
    });
    const second = await officer.participants.list({
      scope: "office",
      nextAction: "writePlan",
      pageSize: 1,
      page: 2,
    });
    const beyond = await officer.participants.list({
      scope: "office",
      nextAction: "writePlan",
      pageSize: 1,
      page: 3,
    });
    expect([first.total, second.total, beyond.total]).toEqual([2, 2, 2]);
    expect([...names(first), ...names(second), ...names(beyond)]).toEqual(["Walter", "Wilma"]);
    const searched = await officer.participants.list({
      scope: "office",
      nextAction: "writePlan",
      search: "Wilma",
    });
    expect(names(searched)).toEqual(["Wilma"]);
    const exitedOnly = await officer.participants.list({
      scope: "office",
      nextAction: "writePlan",
      status: "exited",
    });
    expect(exitedOnly).toEqual({ total: 0, items: [] });
  });

  it("keeps the scope rules: another office and the coordinator's municipality", async () => {
    const jonkoping = f.as("demo-officer-jonkoping");
    const theirs = await jonkoping.participants.list({ scope: "office", nextAction: "writePlan" });
    expect(names(theirs)).toEqual(["Jon"]);
    expect(
      (await jonkoping.participants.list({ scope: "office", nextAction: "recordFollowUp" })).total,
    ).toBe(0);
    const coordinator = f.as("demo-coordinator-kalmar");
    const kalmar = await coordinator.participants.list({ nextAction: "writePlan" });
    expect(names(kalmar)).toEqual(["Walter", "Wilma"]);
    const vastervik = f.as("demo-coordinator-vastervik");
    expect((await vastervik.participants.list({ nextAction: "writePlan" })).total).toBe(0);
  });

  it("sorts by the next action's due date, cases with nothing to do last either way", async () => {
    const officer = f.as("demo-officer-kalmar");
    const ascending = await officer.participants.list({ scope: "office", sort: "nextActionDue" });
    expect(names(ascending)).toEqual(["Walter", "Wilma", "Rut", "Frans", "Nils"]);
    const descending = await officer.participants.list({
      scope: "office",
      sort: "nextActionDue",
      direction: "desc",
    });
    expect(names(descending)).toEqual(["Frans", "Rut", "Wilma", "Walter", "Nils"]);
    const paged = await officer.participants.list({
      scope: "office",
      sort: "nextActionDue",
      pageSize: 2,
      page: 2,
    });
    expect({ total: paged.total, names: names(paged) }).toEqual({
      total: 5,
      names: ["Rut", "Frans"],
    });
  });

  it("refuses an unknown kind or sort", async () => {
    const officer = f.as("demo-officer-kalmar");
    await expect(
      officer.participants.list({ nextAction: "callParticipant" as "none" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(officer.participants.list({ sort: "overdue" as "name" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

// The SQL form of the next-action rule must agree with the domain's
// nextCaseAction (through nextActionsFor, as the pages show it) on every case:
// generated plans, exits and follow-ups, on generated days.
describe("the SQL next-action rule agrees with nextCaseAction", () => {
  let f: ApiFixture;
  let run = 0;
  beforeAll(async () => {
    f = await createApiFixture();
  });
  afterAll(() => f.handle.close());

  // A short span of days, so that dates often meet (recorded on "today", equal reviews).
  const day = fc.integer({ min: 0, max: 10 }).map((n) => addDays("2026-01-01", n));
  const plan = fc.record({
    nextReviewDate: fc.option(day, { nil: null }),
    items: fc.array(
      fc.record({
        status: fc.constantFrom(...PLAN_ITEM_STATUSES),
        reviewDate: fc.option(day, { nil: null }),
      }),
      { maxLength: 4 },
    ),
  });
  const generatedCase = fc.record({
    status: fc.constantFrom("active" as const, "exited" as const),
    startDate: day,
    plans: fc.array(plan, { maxLength: 3 }),
    exit: fc.option(
      fc.record({
        exitDate: day,
        followUp: fc.option(
          fc.record({
            // A rule the project does not (or no longer) define counts as no follow-up.
            ruleId: fc.constantFrom("outcome90", "outcome90", "retiredRule"),
            recordedOn: fc.option(day, { nil: null }),
          }),
          { nil: null },
        ),
      }),
      { nil: null },
    ),
  });
  type GeneratedCase = typeof generatedCase extends fc.Arbitrary<infer T> ? T : never;

  /** Inserts the cases under an office of their own, so each run has its own scope. */
  async function insertCases(cases: GeneratedCase[]): Promise<EnrolmentScope> {
    run += 1;
    const office = `Differential ${run}`;
    const officerUserId = f.users["demo-officer-kalmar"]!.id;
    const db = f.handle.db;
    const people = await db
      .insert(schema.people)
      .values(
        cases.map((_, i) => ({
          // Pseudonymous 12-digit keys with month 00, which no personal number has.
          personalIdentityNumber: `1900${String(run).padStart(4, "0")}${String(i).padStart(4, "0")}`,
          identityKind: "personnummer" as const,
          givenName: `Case ${i}`,
          familyName: "Generated",
          gender: "woman" as const,
          birthDate: "1990-01-01",
        })),
      )
      .returning({ id: schema.people.id });
    const intakes = await db
      .insert(schema.intakes)
      .values(
        people.map((p) => ({
          projectId: "opis",
          personId: p.id,
          officerUserId,
          status: "enrolled" as const,
        })),
      )
      .returning({ id: schema.intakes.id });
    const enrolments = await db
      .insert(schema.enrolments)
      .values(
        cases.map((c, i) => ({
          projectId: "opis",
          personId: people[i]!.id,
          intakeId: intakes[i]!.id,
          municipalityCode: "0880" as const,
          officerUserId,
          office,
          startDate: c.startDate,
          status: c.status,
          gender: "woman" as const,
          birthDate: "1990-01-01",
          hasDisability: false,
          birthRegion: "sweden" as const,
          educationLevel: "3" as const,
          workAvailabilityPercent: 100,
          languageLevelAtStart: 3,
          monthsRegisteredAtStart: 24,
        })),
      )
      .returning({ id: schema.enrolments.id });
    const plans = cases.flatMap((c, i) =>
      c.plans.map((content, v) => ({
        enrolmentId: enrolments[i]!.id,
        version: v + 1,
        content: {
          ...EMPTY_JOINT_PLAN,
          nextReviewDate: content.nextReviewDate,
          items: content.items.map((item, n) => ({
            id: `i${n}`,
            description: "Steg",
            activityType: null,
            responsible: "af" as const,
            ...item,
          })),
        } satisfies JointPlanContent,
        createdBy: officerUserId,
      })),
    );
    // Newest version first, so "latest" cannot mean "inserted last".
    if (plans.length > 0) await db.insert(schema.jointPlans).values(plans.reverse());
    const exited = cases.flatMap((c, i) => (c.exit ? [{ ...c.exit, id: enrolments[i]!.id }] : []));
    if (exited.length > 0) {
      await db.insert(schema.exits).values(
        exited.map((x) => ({
          enrolmentId: x.id,
          exitDate: x.exitDate,
          reason: "completed" as const,
          status: "jobSeeking" as const,
          recordedBy: officerUserId,
        })),
      );
      const followUps = exited.flatMap((x) =>
        x.followUp
          ? [
              {
                enrolmentId: x.id,
                ruleId: x.followUp.ruleId,
                dueDate: addDays(x.exitDate, 90),
                recordedOn: x.followUp.recordedOn,
                outcome: x.followUp.recordedOn ? ("unsubsidisedWork" as const) : null,
                source: x.followUp.recordedOn ? ("afRegister" as const) : null,
                recordedBy: x.followUp.recordedOn ? officerUserId : null,
              },
            ]
          : [],
      );
      if (followUps.length > 0) await db.insert(schema.followUps).values(followUps);
    }
    return { kind: "office", office };
  }

  it("on generated cases and days: the same kind and due date, the filter and the sort", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedCase, { minLength: 1, maxLength: 12 }),
        day,
        async (cases, today) => {
          const db = f.handle.db;
          const scope = await insertCases(cases);
          const bySql = await listNextActionsBySql(db, { scope, projectId: "opis", today });
          const rows = await db
            .select({
              enrolmentId: schema.enrolments.id,
              projectId: schema.enrolments.projectId,
              status: schema.enrolments.status,
              startDate: schema.enrolments.startDate,
            })
            .from(schema.enrolments)
            .where(eq(schema.enrolments.office, (scope as { office: string }).office));
          const byDomain = await nextActionsFor(db, rows, today);
          expect(bySql.size).toBe(cases.length);
          for (const [id, action] of byDomain) {
            expect(bySql.get(id), id).toEqual({ kind: action.kind, dueDate: action.dueDate });
          }
          // The list's filter selects exactly the domain's cases of each kind…
          const options = { scope, projectId: "opis", today, page: 1, pageSize: 100 };
          for (const kind of NEXT_ACTION_KINDS) {
            const list = await listParticipants(db, { ...options, nextAction: kind });
            const expected = [...byDomain].filter(([, a]) => a.kind === kind).map(([id]) => id);
            expect(list.total).toBe(expected.length);
            expect(list.items.map((i) => i.enrolmentId).sort()).toEqual(expected.sort());
          }
          // …and its sort follows the domain's due dates, nothing to do last.
          for (const direction of ["asc", "desc"] as const) {
            const sorted = await listParticipants(db, {
              ...options,
              sort: "nextActionDue",
              direction,
            });
            const dues = sorted.items.map((i) => byDomain.get(i.enrolmentId)?.dueDate ?? null);
            const dated = dues.filter((d): d is string => d !== null);
            const ordered = [...dated].sort();
            expect(dues).toEqual([
              ...(direction === "asc" ? ordered : ordered.reverse()),
              ...dues.filter((d) => d === null),
            ]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

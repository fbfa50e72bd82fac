import { schema } from "@opis/db";
import { EMPTY_JOINT_PLAN } from "@opis/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../src/errors";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

/** Issue 14, item 2: every rule that refuses an impossible record, through the API. */

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      return describeError(error).fieldErrors as Record<string, string[]>;
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

const completePlan = {
  ...EMPTY_JOINT_PLAN,
  goals: [{ id: "g1", text: "Jobb inom vården" }],
  items: [
    {
      id: "i1",
      description: "Språkträning SFI",
      activityType: "languageTraining" as const,
      responsible: "kommun" as const,
      reviewDate: null,
      status: "planned" as const,
    },
  ],
  nextReviewDate: "2026-05-15",
};

describe("rules that refuse the impossible", () => {
  let f: ApiFixture;
  let enrolmentId: string;

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
  });
  afterAll(() => f.handle.close());

  const day = (date: string, presentMinutes: number, absenceReason: "illness" | null = null) => ({
    enrolmentId,
    date,
    presentMinutes,
    absenceReason,
  });

  it("refuses attendance on a day not yet lived (today is Monday 2026-03-16)", async () => {
    const errors = await fieldErrorsOf(
      f.as("demo-coordinator-kalmar").attendance.saveWeek({
        weekStart: "2026-03-16",
        entries: [day("2026-03-16", 480), day("2026-03-17", 480), day("2026-03-20", 480)],
      }),
    );
    expect(errors).toEqual({
      "entries.1.date": ["validation.attendance.date.future"],
      "entries.2.date": ["validation.attendance.date.future"],
    });
    expect(await f.handle.db.select().from(schema.attendance)).toEqual([]);
  });

  it("refuses attendance before the participation and before the project", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const before = await fieldErrorsOf(
      coordinator.attendance.saveWeek({
        weekStart: "2026-03-09",
        entries: [day("2026-03-13", 480)],
      }),
    );
    expect(before).toEqual({
      "entries.0.date": ["validation.attendance.date.outsideParticipation"],
    });
    // A participation (wrongly) dated before the project: the project period still bounds it.
    await f.handle.db
      .update(schema.enrolments)
      .set({ startDate: "2024-12-02" })
      .where(eq(schema.enrolments.id, enrolmentId));
    try {
      const outside = await fieldErrorsOf(
        coordinator.attendance.saveWeek({
          weekStart: "2024-12-30",
          entries: [day("2024-12-30", 480)],
        }),
      );
      expect(outside).toEqual({ "entries.0.date": ["validation.attendance.date.outsideProject"] });
    } finally {
      await f.handle.db
        .update(schema.enrolments)
        .set({ startDate: "2026-03-16" })
        .where(eq(schema.enrolments.id, enrolmentId));
    }
  });

  it("refuses 24 hours for someone planned at 8, accepts the plan plus the margin", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    expect(
      await fieldErrorsOf(
        coordinator.attendance.saveWeek({
          weekStart: "2026-03-16",
          entries: [day("2026-03-16", 1440)],
        }),
      ),
    ).toEqual({ "entries.0.presentMinutes": ["validation.attendance.presentMinutes.abovePlan"] });
    expect(
      await coordinator.attendance.saveWeek({
        weekStart: "2026-03-16",
        entries: [day("2026-03-16", 540)],
      }),
    ).toMatchObject({ saved: 1 });
  });

  it("allows one baseline per instrument and participant", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const record = {
      instrumentId: "languageLevel",
      phase: "baseline" as const,
      assessedOn: "2026-03-16",
      value: 2,
      areaValues: null,
    };
    await coordinator.assessments.record({ enrolmentId, record });
    expect(
      await fieldErrorsOf(
        coordinator.assessments.record({ enrolmentId, record: { ...record, value: 3 } }),
      ),
    ).toEqual({ "record.phase": ["validation.assessment.phase.baselineExists"] });
    // A later periodic assessment is what a second sitting is.
    await coordinator.assessments.record({ enrolmentId, record: { ...record, phase: "periodic" } });
    const { assessments } = await coordinator.assessments.list({ enrolmentId });
    expect(assessments.map((a) => a.phase)).toEqual(["baseline", "periodic"]);
  });

  it("takes birth date and legal gender from the personal number", async () => {
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1991,
      givenName: "Omar",
      familyName: "Said",
    });
    const decision = { startDate: "2026-03-16", municipalityCode: "0880" as const };
    expect(
      await fieldErrorsOf(
        officer.intake.enrol({
          intakeId,
          facts: eligibleFacts({ gender: "woman", birthDate: "1960-02-04" }),
          decision,
        }),
      ),
    ).toEqual({
      "facts.birthDate": ["validation.intake.birthDate.contradictsIdentity"],
      "facts.gender": ["validation.intake.gender.contradictsIdentity"],
    });
    // Another gender for statistics only by an explicit choice, which the audit trail keeps.
    const { enrolmentId: id } = await officer.intake.enrol({
      intakeId,
      facts: eligibleFacts({
        gender: "nonBinary",
        genderDiffersFromLegal: true,
        birthDate: "1991-02-04",
      }),
      decision,
    });
    const [audit] = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, id));
    expect(audit?.details).toMatchObject({ genderDiffersFromLegal: true });
  });

  it("refuses an age outside the target group (born 1890)", async () => {
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: "189001019802",
      givenName: "Gammal",
      familyName: "Testperson",
    });
    expect(
      await fieldErrorsOf(
        officer.intake.enrol({
          intakeId,
          facts: eligibleFacts({ birthDate: "1890-01-01" }),
          decision: { startDate: "2026-03-16", municipalityCode: "0880" },
        }),
      ),
    ).toEqual({ "facts.birthDate": ["validation.intake.birthDate.ageOutsideTargetGroup"] });
  });

  it("lets an officer enrol only into the municipalities their office serves", async () => {
    const officer = f.as("demo-officer-jonkoping");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1986,
      givenName: "Ali",
      familyName: "Karimi",
    });
    const facts = eligibleFacts({
      gender: "man",
      birthDate: "1986-12-19",
      municipalityCode: "0883",
    });
    expect(
      await fieldErrorsOf(
        officer.intake.enrol({
          intakeId,
          facts,
          decision: { startDate: "2026-03-16", municipalityCode: "0883" },
        }),
      ),
    ).toEqual({
      "decision.municipalityCode": ["validation.enrolment.municipalityCode.notServedByOffice"],
    });
  });

  it("refuses an empty joint plan, keeps one version for an unchanged save, names the author", async () => {
    const officer = f.as("demo-officer-kalmar");
    expect(
      await fieldErrorsOf(
        officer.plans.save({ enrolmentId, basedOnVersion: 0, content: EMPTY_JOINT_PLAN }),
      ),
    ).toEqual({
      "content.goals": ["validation.plan.goals.required"],
      "content.items": ["validation.plan.items.required"],
      "content.nextReviewDate": ["validation.plan.nextReviewDate.required"],
    });
    const saved = await officer.plans.save({
      enrolmentId,
      basedOnVersion: 0,
      content: completePlan,
    });
    expect(saved).toMatchObject({ version: 1, unchanged: false, savedBy: "Erik Johansson" });
    const again = await officer.plans.save({
      enrolmentId,
      basedOnVersion: 1,
      content: completePlan,
    });
    expect(again).toMatchObject({ version: 1, unchanged: true });
    const plan = await officer.plans.get({ enrolmentId });
    expect(plan.history).toHaveLength(1);
    expect(plan.history[0]?.changes.map((c) => c.kind)).toEqual([
      "goalAdded",
      "itemAdded",
      "nextReviewDateChanged",
    ]);
  });

  it("checks employers: organisation number, phone, and warns of a duplicate", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const employer = {
      name: "Vårdbolaget i Kalmar AB",
      organisationNumber: "556036-0793",
      industry: null,
      contactName: null,
      contactPhone: "0480-45 00 00",
      contactEmail: null,
    };
    expect(
      await fieldErrorsOf(
        coordinator.employers.create({
          ...employer,
          organisationNumber: "556036-0794",
          contactPhone: "abc",
        }),
      ),
    ).toEqual({
      organisationNumber: ["validation.employer.organisationNumber.checksum"],
      contactPhone: ["validation.employer.contactPhone.format"],
    });
    await coordinator.employers.create(employer);
    const duplicate = { ...employer, name: "VÅRDBOLAGET I KALMAR", organisationNumber: null };
    expect(await fieldErrorsOf(coordinator.employers.create(duplicate))).toEqual({
      name: ["validation.employer.name.duplicate"],
    });
    await coordinator.employers.create({ ...duplicate, confirmDuplicate: true });
    expect(await coordinator.employers.list({})).toHaveLength(2);
  });
});

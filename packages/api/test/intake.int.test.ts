import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

const OFFICER = "demo-officer-kalmar";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("intake → eligibility → enrolment", () => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await createApiFixture();
  });
  afterAll(() => f.handle.close());

  it("registers a new person, saves a draft and enrols them", async () => {
    const api = f.as(OFFICER);
    expect(
      await api.intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 }),
    ).toEqual({
      standing: "notKnown",
    });
    const { intakeId, resumed } = await api.intake.start({
      personalIdentityNumber: "900101-2385",
      givenName: "Amina",
      familyName: "Yusuf",
    });
    expect(resumed).toBe(false);
    const draft = await api.intake.get({ intakeId });
    expect(draft.person.maskedPin).toBe("19900101-••••");
    expect(draft.facts).toMatchObject({ gender: "woman", birthDate: "1990-01-01" });

    await api.intake.saveDraft({ intakeId, facts: { monthsRegisteredAtAf: 30 } });
    expect((await api.intake.get({ intakeId })).facts).toEqual({ monthsRegisteredAtAf: 30 });

    // A draft keeps what was entered even when incomplete: "Ja" on the assessment question
    // without its date yet, and a half-made decision.
    await api.intake.saveDraft({
      intakeId,
      facts: { monthsRegisteredAtAf: 30 },
      entries: {
        labourMarketAssessmentDate: "2025-1",
        decision: { kind: "enrol", startDate: "2026-03-16", municipalityCode: "0880" },
      },
    });
    expect((await api.intake.get({ intakeId })).entries).toEqual({
      labourMarketAssessmentDate: "2025-1",
      decision: { kind: "enrol", startDate: "2026-03-16", municipalityCode: "0880" },
    });
    // A saved fact replaces the pending entry for it.
    await api.intake.saveDraft({ intakeId, facts: { monthsRegisteredAtAf: 30 }, entries: {} });
    expect((await api.intake.get({ intakeId })).entries).toEqual({});

    const coordinators = await api.intake.coordinators({ municipalityCode: "0880" });
    const maria = coordinators.find((c) => c.name === "Maria Svensson");
    expect(maria).toBeDefined();
    const { enrolmentId } = await api.intake.enrol({
      intakeId,
      facts: eligibleFacts(),
      decision: { startDate: "2026-03-16", municipalityCode: "0880", coordinatorUserId: maria?.id },
    });
    // The decided intake names the new participant, so the confirmation can link to them.
    expect(await api.intake.get({ intakeId })).toMatchObject({ status: "enrolled", enrolmentId });
    const [enrolment] = await f.handle.db
      .select()
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(enrolment).toMatchObject({
      municipalityCode: "0880",
      office: "Kalmar",
      byException: false,
      priorityGroups: ["womenBornOutsideEurope25Plus"],
    });
    // The same intake cannot be decided twice.
    const again = await errorOf(
      api.intake.enrol({
        intakeId,
        facts: eligibleFacts(),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      }),
    );
    expect(again.code).toBe("CONFLICT");
  });

  it("names the field when a personal number is invalid", async () => {
    const error = await errorOf(
      f
        .as(OFFICER)
        .intake.start({ personalIdentityNumber: "199001012386", givenName: "A", familyName: "B" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({
      fieldErrors: { personalIdentityNumber: ["validation.personnummer.checksum"] },
    });
  });

  it("requires names for a person not yet known", async () => {
    const error = await errorOf(
      f.as(OFFICER).intake.start({ personalIdentityNumber: TEST_NUMBERS.man1991 }),
    );
    expect(error.cause).toMatchObject({
      fieldErrors: {
        givenName: ["validation.person.givenName.required"],
        familyName: ["validation.person.familyName.required"],
      },
    });
  });

  it("refuses to enrol someone outside a required rule, and writes nothing", async () => {
    const api = f.as(OFFICER);
    const { intakeId } = await api.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1980,
      givenName: "Erik",
      familyName: "Ström",
    });
    const error = await errorOf(
      api.intake.enrol({
        intakeId,
        facts: eligibleFacts({
          gender: "man",
          birthDate: "1980-01-13",
          labourMarketAssessmentDate: null,
        }),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      }),
    );
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toBe("errors.intake.notEligible");
    expect((await api.intake.get({ intakeId })).status).toBe("draft");
  });

  it("requires a written justification for an exception", async () => {
    const api = f.as(OFFICER);
    const { intakeId } = await api.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1970,
      givenName: "Sven",
      familyName: "Holm",
    });
    const facts = eligibleFacts({
      gender: "man",
      birthDate: "1970-01-23",
      monthsRegisteredAtAf: 14,
    });
    const error = await errorOf(
      api.intake.enrol({
        intakeId,
        facts,
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({
      fieldErrors: {
        "decision.exceptionJustification": ["validation.enrolment.exceptionJustification.required"],
      },
    });
    const { enrolmentId } = await api.intake.enrol({
      intakeId,
      facts,
      decision: {
        startDate: "2026-03-16",
        municipalityCode: "0880",
        exceptionJustification:
          "Har varit inskriven 14 månader men har långvarig ohälsa bakom sig.",
      },
    });
    const [row] = await f.handle.db
      .select({ byException: schema.enrolments.byException })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(row?.byException).toBe(true);
  });

  it("refuses a municipality outside the project and a coordinator of another municipality", async () => {
    const api = f.as(OFFICER);
    const { intakeId } = await api.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1986,
      givenName: "Ali",
      familyName: "Karimi",
    });
    const vastervik = f.users["demo-coordinator-vastervik"];
    const error = await errorOf(
      api.intake.enrol({
        intakeId,
        facts: eligibleFacts({ gender: "man", birthDate: "1986-12-19" }),
        decision: {
          startDate: "2026-03-16",
          municipalityCode: "0880",
          coordinatorUserId: vastervik?.id,
        },
      }),
    );
    expect(error.cause).toMatchObject({
      fieldErrors: {
        "decision.coordinatorUserId": ["validation.enrolment.coordinatorUserId.invalid"],
      },
    });
    const outside = await errorOf(
      api.intake.enrol({
        intakeId,
        facts: eligibleFacts({ gender: "man", birthDate: "1986-12-19" }),
        decision: { startDate: "2026-03-16", municipalityCode: "1880" },
      }),
    );
    expect(outside.cause).toMatchObject({
      fieldErrors: {
        "decision.municipalityCode": [
          "validation.enrolment.municipalityCode.notInProject",
          "validation.enrolment.municipalityCode.notServedByOffice",
        ],
      },
    });
  });

  it("hides another officer's intake", async () => {
    const { intakeId } = await f.as(OFFICER).intake.start({
      personalIdentityNumber: TEST_NUMBERS.woman1990b,
      givenName: "Lina",
      familyName: "Ek",
    });
    const error = await errorOf(f.as("demo-officer-jonkoping").intake.get({ intakeId }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("declines with a reason, and logs every read of a person", async () => {
    const api = f.as(OFFICER);
    const lookup = await api.intake.lookupPerson({
      personalIdentityNumber: TEST_NUMBERS.woman1990b,
    });
    expect(lookup).toMatchObject({
      standing: "knownToOffice",
      person: { givenName: "Lina" },
      hasOpenIntake: true,
    });
    const { intakeId, resumed } = await api.intake.start({
      personalIdentityNumber: TEST_NUMBERS.woman1990b,
    });
    expect(resumed).toBe(true);
    await api.intake.decline({
      intakeId,
      facts: eligibleFacts({ birthDate: "1990-07-26" }),
      decision: { reason: "participantDeclined" },
    });
    expect((await api.intake.get({ intakeId })).status).toBe("declined");
    const audit = await f.handle.db.select().from(schema.auditEvents);
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      "person.lookup",
      "intake.start",
      "intake.read",
      "intake.enrol",
      "intake.decline",
    ]) {
      expect(actions).toContain(action);
    }
  });

  it("tells the office about a returning person's earlier participation, and no one else", async () => {
    // Amina (enrolled in the first test, Kalmar) has left the project.
    const [person] = await f.handle.db
      .select()
      .from(schema.people)
      .where(eq(schema.people.personalIdentityNumber, TEST_NUMBERS.woman1990));
    if (!person) throw new Error("Amina is missing");
    const [enrolment] = await f.handle.db
      .update(schema.enrolments)
      .set({ status: "exited" })
      .where(eq(schema.enrolments.personId, person.id))
      .returning();
    if (!enrolment) throw new Error("Amina's enrolment is missing");
    await f.handle.db.insert(schema.exits).values({
      enrolmentId: enrolment.id,
      exitDate: "2026-06-30",
      reason: "completed",
      status: "employed",
      recordedBy: enrolment.officerUserId,
    });

    const lookup = await f
      .as(OFFICER)
      .intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 });
    expect(lookup).toMatchObject({ standing: "knownToOffice", activeEnrolmentId: null });
    // Period and status at exit: nothing more (no ids, no reason, no notes).
    expect(lookup.standing === "knownToOffice" && lookup.earlierParticipations).toEqual([
      { startDate: "2026-03-16", exitDate: "2026-06-30", exitStatus: "employed" },
    ]);
    const [audit] = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "person.lookup"))
      .orderBy(desc(schema.auditEvents.id))
      .limit(1);
    expect(audit?.details).toMatchObject({ standing: "knownToOffice", earlierParticipations: 1 });

    // Another office learns nothing of it.
    expect(
      await f
        .as("demo-officer-jonkoping")
        .intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 }),
    ).toEqual({ standing: "notKnown" });
  });
});

import { schema } from "@opis/db";
import { PRIVACY_NOTICE_VERSION } from "@opis/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

const consent = (
  sharing: "given" | "declined",
  overrides: { healthDataBasis?: "explicitConsent" } = {},
) => ({
  informedOn: "2026-03-16",
  noticeVersion: PRIVACY_NOTICE_VERSION,
  sharing,
  decidedOn: "2026-03-16",
  healthDataBasis: "notRecorded" as const,
  ...overrides,
});

describe("consent and legal basis at intake; the municipality's access follows it", () => {
  let f: ApiFixture;
  const enrol = async (
    pin: string,
    answers: ReturnType<typeof consent> | undefined,
    facts: Record<string, unknown> = {},
  ) => {
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: pin,
      givenName: "Test",
      familyName: pin,
    });
    return (
      await officer.intake.enrol({
        intakeId,
        facts: eligibleFacts(facts),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
        ...(answers ? { consent: answers } : {}),
      })
    ).enrolmentId;
  };

  beforeAll(async () => {
    f = await createApiFixture();
  });
  afterAll(() => f.handle.close());

  it("records the answers with the legal basis of each purpose, and who recorded them", async () => {
    const enrolmentId = await enrol(TEST_NUMBERS.woman1990, consent("given"));
    const view = await f.as("demo-officer-kalmar").consent.get({ enrolmentId });
    expect(view).toMatchObject({
      recorded: true,
      status: "given",
      informedOn: "2026-03-16",
      noticeVersion: PRIVACY_NOTICE_VERSION,
      healthDataBasis: "notRecorded",
      legalBases: {
        caseWork: "publicTask",
        sharingWithMunicipality: "consent",
        esfReporting: "legalObligation",
        evaluation: "publicTask",
      },
      municipalityAccess: "full",
    });
    const [row] = await f.handle.db.select().from(schema.sharingConsents);
    expect(row?.recordedByUserId).toBe(f.users["demo-officer-kalmar"]?.id);
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "consent.record"));
    expect(audit).toHaveLength(1);
  });

  it("a withdrawal ends the municipality's access at once, is audited, and the list says how many are withheld", async () => {
    const enrolmentId = await enrol(TEST_NUMBERS.man1991, consent("given"), {
      gender: "man",
      birthDate: "1991-02-04",
    });
    const coordinator = f.as("demo-coordinator-kalmar");
    expect((await coordinator.participants.get({ enrolmentId })).enrolmentId).toBe(enrolmentId);
    const before = await coordinator.participants.list({});
    expect(before.items.map((r) => r.enrolmentId)).toContain(enrolmentId);

    const withdrawn = await f
      .as("demo-officer-kalmar")
      .consent.withdraw({ enrolmentId, withdrawnOn: "2026-03-16" });
    expect(withdrawn).toMatchObject({ status: "withdrawn", municipalityAccess: "none" });

    // Every route to the participation is closed to the municipality, as if it did not exist.
    expect((await errorOf(coordinator.participants.get({ enrolmentId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(coordinator.consent.get({ enrolmentId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(coordinator.participants.timeline({ enrolmentId }))).code).toBe(
      "NOT_FOUND",
    );
    const after = await coordinator.participants.list({});
    expect(after.items.map((r) => r.enrolmentId)).not.toContain(enrolmentId);
    expect(await coordinator.consent.withheldCount()).toEqual({ count: 1 });
    // AF still works on the case.
    expect((await f.as("demo-officer-kalmar").participants.get({ enrolmentId })).enrolmentId).toBe(
      enrolmentId,
    );
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "consent.withdraw"));
    expect(audit.map((a) => a.actorUserId)).toEqual([f.users["demo-officer-kalmar"]?.id]);

    // Withdrawn once is withdrawn.
    const again = await errorOf(
      f.as("demo-officer-kalmar").consent.withdraw({ enrolmentId, withdrawnOn: "2026-03-16" }),
    );
    expect(again.code).toBe("CONFLICT");
  });

  it("a declined consent keeps the municipality out from the start", async () => {
    const enrolmentId = await enrol(TEST_NUMBERS.woman1990b, consent("declined"), {
      birthDate: "1990-07-26",
    });
    const error = await errorOf(f.as("demo-coordinator-kalmar").participants.get({ enrolmentId }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("a disability is stored only with explicit consent (art. 9); the error names the field", async () => {
    const error = await errorOf(
      enrol(TEST_NUMBERS.man1970, consent("given"), {
        gender: "man",
        birthDate: "1970-01-23",
        hasDisabilityReducingWorkCapacity: true,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const data = (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)
      ?.fieldErrors;
    expect(data?.["consent.healthDataBasis"]).toEqual([
      "validation.consent.healthDataBasis.mismatch",
    ]);
  });

  it("a future withdrawal date is refused with the field named; another office cannot withdraw", async () => {
    const enrolmentId = await enrol(TEST_NUMBERS.man1986, consent("given"), {
      gender: "man",
      birthDate: "1986-12-19",
    });
    const future = await errorOf(
      f.as("demo-officer-kalmar").consent.withdraw({ enrolmentId, withdrawnOn: "2026-03-17" }),
    );
    expect(future.code).toBe("BAD_REQUEST");
    const foreign = await errorOf(
      f.as("demo-officer-jonkoping").consent.withdraw({ enrolmentId, withdrawnOn: "2026-03-16" }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
  });
});

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

const decodeJson = (base64: string) =>
  JSON.parse(Buffer.from(base64, "base64").toString("utf8")) as {
    kind: string;
    person: { id: string; givenName: string; personalIdentityNumber: string };
    data: Record<string, Record<string, unknown>[]>;
    accessLog: { action: string; actorName: string | null }[];
  };

describe("the person's rights: register extract and correction", () => {
  let f: ApiFixture;
  let enrolmentId: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.woman1990,
      givenName: "Lisa",
      familyName: "Utdrag",
    });
    ({ enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts: eligibleFacts(),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      consent: {
        informedOn: "2026-03-16",
        noticeVersion: PRIVACY_NOTICE_VERSION,
        sharing: "given",
        decidedOn: "2026-03-16",
        healthDataBasis: "notRecorded",
      },
    }));
    await officer.notes.add({ enrolmentId, note: { kind: "note", text: "Första mötet." } });
    // The coordinator reads the case: that read must show in the extract.
    await f.as("demo-coordinator-kalmar").participants.get({ enrolmentId });
  });
  afterAll(() => f.handle.close());

  it("the extract holds everything stored about the person, and who read it", async () => {
    const file = await f
      .as("demo-admin")
      .persons.extract({ personalIdentityNumber: TEST_NUMBERS.woman1990, format: "json" });
    expect(file.mimeType).toBe("application/json");
    const extract = decodeJson(file.base64);
    expect(extract.kind).toBe("opis-register-extract");
    expect(extract.person.givenName).toBe("Lisa");
    expect(extract.data.intakes).toHaveLength(1);
    expect(extract.data.enrolments?.map((e) => e.id)).toEqual([enrolmentId]);
    expect(extract.data.sharing_consents).toHaveLength(1);
    expect(extract.data.case_notes?.map((n) => n.text)).toEqual(["Första mötet."]);
    const reads = extract.accessLog.map((row) => `${row.actorName}: ${row.action}`);
    expect(reads).toContain("Maria Svensson: participant.read");
    // The extract itself is audited, in the same transaction, and so is in it.
    expect(reads.at(-1)).toBe("Lars Nyström: person.extract");
    // Every table holding rows about the person is there, empty or not.
    for (const table of ["activities", "assessments", "exits", "follow_ups", "joint_plans"]) {
      expect(extract.data[table], table).toBeDefined();
    }
  });

  it("the PDF is a real PDF", async () => {
    const file = await f
      .as("demo-admin")
      .persons.extract({ personalIdentityNumber: TEST_NUMBERS.woman1990, format: "pdf" });
    const bytes = Buffer.from(file.base64, "base64");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it("only the admin may extract; an unknown number is NOT_FOUND, a malformed one names the field", async () => {
    const officer = await errorOf(
      f.as("demo-officer-kalmar").persons.extract({
        personalIdentityNumber: TEST_NUMBERS.woman1990,
        format: "json",
      }),
    );
    expect(officer.code).toBe("FORBIDDEN");
    const unknown = await errorOf(
      f.as("demo-admin").persons.extract({
        personalIdentityNumber: TEST_NUMBERS.man1980,
        format: "json",
      }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
    const malformed = await errorOf(
      f.as("demo-admin").persons.extract({ personalIdentityNumber: "12345", format: "json" }),
    );
    expect(malformed.code).toBe("BAD_REQUEST");
    expect(
      (malformed.cause as { fieldErrors?: Record<string, string[]> }).fieldErrors,
    ).toHaveProperty("personalIdentityNumber");
  });

  it("a correction keeps the old values with who, when and why, and is audited without the values", async () => {
    const admin = f.as("demo-admin");
    const person = await admin.persons.find({ personalIdentityNumber: TEST_NUMBERS.woman1990 });
    const result = await admin.persons.correct({
      personId: person.id,
      correction: {
        familyName: "Rättad",
        personalIdentityNumber: TEST_NUMBERS.woman1990b,
        reason: "Fel nummer vid registreringen",
      },
    });
    expect(result.changed).toEqual(["familyName", "personalIdentityNumber"]);
    const after = await admin.persons.find({ personalIdentityNumber: TEST_NUMBERS.woman1990b });
    expect(after).toMatchObject({ id: person.id, familyName: "Rättad", birthDate: "1990-07-26" });
    expect(after.corrections.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ["familyName", "Utdrag", "Rättad"],
      ["personalIdentityNumber", TEST_NUMBERS.woman1990, TEST_NUMBERS.woman1990b],
    ]);
    // The old number no longer finds anyone.
    expect(
      (await errorOf(admin.persons.find({ personalIdentityNumber: TEST_NUMBERS.woman1990 }))).code,
    ).toBe("NOT_FOUND");
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "person.correct"));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain("Utdrag");
    expect(audit[0]?.details).toEqual({ fields: ["familyName", "personalIdentityNumber"] });
    // The enrolment keeps the facts at start: statistics do not move.
    const [enrolment] = await f.handle.db
      .select()
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(enrolment?.birthDate).toBe("1990-01-01");
  });

  it("a correction to a number another person has is a conflict; a reason is required", async () => {
    const admin = f.as("demo-admin");
    const officer = f.as("demo-officer-kalmar");
    await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1991,
      givenName: "Per",
      familyName: "Annan",
    });
    const person = await admin.persons.find({ personalIdentityNumber: TEST_NUMBERS.woman1990b });
    const taken = await errorOf(
      admin.persons.correct({
        personId: person.id,
        correction: { personalIdentityNumber: TEST_NUMBERS.man1991, reason: "Prövar dubblett" },
      }),
    );
    expect(taken.code).toBe("CONFLICT");
    const noReason = await errorOf(
      admin.persons.correct({
        personId: person.id,
        correction: { givenName: "Ny", reason: "" },
      }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
  });
});

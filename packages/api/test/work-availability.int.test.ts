import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../src/errors";
import { type ApiFixture, createApiFixture, factsFor, TEST_NUMBERS } from "./fixtures";

/**
 * Issue 14, item 3: the approaching end of the participant's work availability
 * (arbetsutbud) becomes a to-do. Today is Monday 2026-03-16 (OPIS: 30 days' warning).
 */

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, ...describeError(error) };
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("the work availability's end", () => {
  let f: ApiFixture;
  let amina: string;
  let omar: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const enrol = async (pin: string, givenName: string) => {
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName,
        familyName: "Test",
      });
      const { enrolmentId } = await officer.intake.enrol({
        intakeId,
        facts: factsFor(pin),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      });
      return enrolmentId;
    };
    amina = await enrol(TEST_NUMBERS.woman1990, "Amina");
    omar = await enrol(TEST_NUMBERS.man1991, "Omar");
  });
  afterAll(() => f.handle.close());

  const reminders = async (subject: string) =>
    (await f.as(subject).todo.list({ scope: "mine" })).reminders.map((r) => [
      r.givenName,
      r.kind,
      r.dueDate,
    ]);

  it("is set by the officer, shown by participants.get and raised on the to-do list", async () => {
    const officer = f.as("demo-officer-kalmar");
    expect(await reminders("demo-officer-kalmar")).toEqual([]);
    expect((await officer.participants.get({ enrolmentId: amina })).workAvailabilityUntil).toBe(
      null,
    );
    await officer.participants.setWorkAvailability({
      enrolmentId: amina,
      workAvailability: { percent: 100, until: "2026-04-10" },
    });
    // Far off: recorded, but not yet a to-do.
    await officer.participants.setWorkAvailability({
      enrolmentId: omar,
      workAvailability: { percent: 100, until: "2026-09-30" },
    });
    const got = await officer.participants.get({ enrolmentId: amina });
    expect([got.workAvailabilityPercent, got.workAvailabilityUntil]).toEqual([100, "2026-04-10"]);
    expect(await reminders("demo-officer-kalmar")).toEqual([
      ["Amina", "workAvailabilityEnding", "2026-04-10"],
    ]);
    // The coordinator of the municipality sees the same to-do.
    expect(await reminders("demo-coordinator-kalmar")).toEqual([
      ["Amina", "workAvailabilityEnding", "2026-04-10"],
    ]);
    // Open-ended again: the to-do goes.
    await officer.participants.setWorkAvailability({
      enrolmentId: amina,
      workAvailability: { percent: 100, until: null },
    });
    expect(await reminders("demo-officer-kalmar")).toEqual([]);
    await officer.participants.setWorkAvailability({
      enrolmentId: amina,
      workAvailability: { percent: 100, until: "2026-04-10" },
    });
  });

  it("is the case officer's office's to change: another office gets NOT_FOUND, a coordinator FORBIDDEN", async () => {
    const change = { enrolmentId: amina, workAvailability: { percent: 100, until: "2026-03-31" } };
    expect(
      (await failureOf(f.as("demo-officer-jonkoping").participants.setWorkAvailability(change)))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf(f.as("demo-coordinator-kalmar").participants.setWorkAvailability(change)))
        .code,
    ).toBe("FORBIDDEN");
    const got = await f.as("demo-officer-kalmar").participants.get({ enrolmentId: amina });
    expect(got.workAvailabilityUntil).toBe("2026-04-10");
  });

  it("answers bad input with field errors naming the field", async () => {
    const officer = f.as("demo-officer-kalmar");
    const beforeStart = await failureOf(
      officer.participants.setWorkAvailability({
        enrolmentId: amina,
        workAvailability: { percent: 100, until: "2026-03-15" },
      }),
    );
    expect(beforeStart.code).toBe("BAD_REQUEST");
    expect(beforeStart.fieldErrors).toEqual({
      "workAvailability.until": ["validation.workAvailability.until.beforeStart"],
    });
    const zero = await failureOf(
      officer.participants.setWorkAvailability({
        enrolmentId: amina,
        workAvailability: { percent: 0, until: null, reason: "Nytt beslut" },
      }),
    );
    expect(zero.fieldErrors).toEqual({
      "workAvailability.percent": ["validation.workAvailability.percent.range"],
    });
    const noReason = await failureOf(
      officer.participants.setWorkAvailability({
        enrolmentId: amina,
        workAvailability: { percent: 50, until: "2026-04-10" },
      }),
    );
    expect(noReason.fieldErrors).toEqual({
      "workAvailability.reason": ["validation.recordCorrection.reason.required"],
    });
  });

  it("corrects a percent with its reason and old value, and audits old and new", async () => {
    const officer = f.as("demo-officer-kalmar");
    await officer.participants.setWorkAvailability({
      enrolmentId: amina,
      workAvailability: { percent: 50, until: "2026-04-10", reason: "Nytt beslut från AF" },
    });
    const corrections = await f.handle.db
      .select()
      .from(schema.recordCorrections)
      .where(
        and(
          eq(schema.recordCorrections.enrolmentId, amina),
          eq(schema.recordCorrections.recordType, "workAvailability"),
        ),
      );
    expect(corrections.map((c) => [c.action, c.reason, c.previous, c.current])).toEqual([
      [
        "corrected",
        "Nytt beslut från AF",
        { percent: 100, until: "2026-04-10" },
        { percent: 50, until: "2026-04-10" },
      ],
    ]);
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, "participant.workAvailability"),
          eq(schema.auditEvents.subjectId, amina),
        ),
      )
      .orderBy(asc(schema.auditEvents.id));
    const step = (previousUntil: string | null, until: string | null, percent = 100) => ({
      previousPercent: 100,
      previousUntil,
      percent,
      until,
      corrected: percent !== 100,
    });
    // The refused calls left no row; each saved change one, with the old and new values.
    expect(audit.map((a) => a.details)).toEqual([
      step(null, "2026-04-10"),
      step("2026-04-10", null),
      step(null, "2026-04-10"),
      step("2026-04-10", "2026-04-10", 50),
    ]);
    expect(audit.at(-1)?.actorUserId).toBe(f.users["demo-officer-kalmar"]?.id);
  });
});

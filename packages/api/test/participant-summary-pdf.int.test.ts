import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiFixture,
  completePlan,
  createApiFixture,
  factsFor,
  TEST_NUMBERS,
} from "./fixtures";
import { pdfText } from "./pdf-text";

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

// The participation on paper (issue 14): a summary for the participant from the case's data.
describe("participants.summaryPdf", () => {
  let f: ApiFixture;
  let enrolmentId: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1986,
      givenName: "Örjan",
      familyName: "Åkesson",
    });
    ({ enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts: factsFor(TEST_NUMBERS.man1986),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    }));
    // Started two weeks ago, so last week's days can be recorded.
    await f.handle.db
      .update(schema.enrolments)
      .set({ startDate: "2026-03-02" })
      .where(eq(schema.enrolments.id, enrolmentId));
    await officer.plans.save({
      enrolmentId,
      basedOnVersion: 0,
      content: completePlan("2026-05-12", "Ett arbete inom äldrevården"),
    });
    const coordinator = f.as("demo-coordinator-kalmar");
    await coordinator.attendance.saveWeek({
      weekStart: "2026-03-09",
      entries: [
        { enrolmentId, date: "2026-03-09", presentMinutes: 480, absenceReason: null },
        { enrolmentId, date: "2026-03-10", presentMinutes: 0, absenceReason: "illness" },
        { enrolmentId, date: "2026-03-11", presentMinutes: 480, absenceReason: null },
      ],
    });
    await coordinator.activities.create({
      enrolmentId,
      activity: {
        type: "jobSearch",
        title: "Jobbsökarklubben",
        provider: "Kalmar kommun",
        employerId: null,
        startDate: "2026-03-09",
        endDate: null,
        hoursPerWeek: 6,
        planItemId: null,
        validationModule: null,
        certificateIssued: null,
      },
    });
    await officer.assessments.record({
      enrolmentId,
      record: {
        instrumentId: "languageLevel",
        phase: "baseline",
        assessedOn: "2026-03-05",
        value: 3,
        areaValues: null,
      },
    });
  });
  afterAll(() => f.handle.close());

  it("is a tagged Swedish PDF saying the participation, without the personal number", async () => {
    const file = await f.as("demo-officer-kalmar").participants.summaryPdf({ enrolmentId });
    expect(file).toMatchObject({
      fileName: "sammanfattning-deltagande-2026-03-16.pdf",
      mimeType: "application/pdf",
    });
    const data = Buffer.from(file.base64, "base64");
    expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const raw = data.toString("latin1");
    expect(raw).toContain("/Lang (sv-SE)");
    expect(raw).toContain("/StructTreeRoot");
    const text = pdfText(data);
    for (const expected of [
      "Sammanfattning av ditt deltagande",
      "Namn: Örjan Åkesson",
      "Du började 2 mars 2026.",
      "Arbetsförmedlingen:",
      "Ett arbete inom äldrevården",
      "Nästa uppföljning av planen: 12 maj 2026.",
      "Jobbsökarklubben",
      "Du var med 2 av 3 planerade dagar.",
      "Språknivå i svenska (bedömd 5 mars 2026)",
      "SFI B",
      "12 maj 2026: Ni går igenom planen tillsammans",
    ])
      expect(text).toContain(expected);
    const pin = TEST_NUMBERS.man1986;
    for (const form of [pin, pin.slice(2), `${pin.slice(2, 8)}-${pin.slice(8)}`]) {
      expect(raw).not.toContain(form);
      expect(text).not.toContain(form);
    }
  });

  it("is audited as a read of the person's data", async () => {
    await f.as("demo-coordinator-kalmar").participants.summaryPdf({ enrolmentId });
    const [enrolment] = await f.handle.db
      .select()
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    const rows = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "participant.summaryPrint"));
    expect(rows.map((r) => r.subjectId)).toEqual([enrolmentId, enrolmentId]);
    expect(rows.map((r) => r.personIds)).toEqual([[enrolment?.personId], [enrolment?.personId]]);
  });

  it("is NOT_FOUND for a caseworker outside the scope and FORBIDDEN for an evaluator", async () => {
    for (const subject of ["demo-officer-jonkoping", "demo-coordinator-vastervik"]) {
      expect(await codeOf(f.as(subject).participants.summaryPdf({ enrolmentId }))).toBe(
        "NOT_FOUND",
      );
    }
    expect(await codeOf(f.as("demo-evaluator").participants.summaryPdf({ enrolmentId }))).toBe(
      "FORBIDDEN",
    );
  });

  it("says the exit and the status at exit once the participation ended", async () => {
    await f.as("demo-officer-kalmar").exits.record({
      enrolmentId,
      exit: {
        exitDate: "2026-03-13",
        reason: "droppedOutWork",
        status: "employed",
        gainedQualification: false,
      },
    });
    const file = await f.as("demo-officer-kalmar").participants.summaryPdf({ enrolmentId });
    const text = pdfText(Buffer.from(file.base64, "base64"));
    expect(text).toContain("Du slutade 13 mars 2026.");
    expect(text).toContain("När du slutade var du i: Anställning.");
    // The attendance is counted over the four weeks up to the exit.
    expect(text).toContain("Du var med 2 av 3 planerade dagar.");
    expect(text).not.toContain("Nästa uppföljning av planen");
    // The project's follow-up 90 days after the exit is what comes next.
    expect(text).toContain("11 juni 2026: Vi hör av oss och frågar hur det går för dig");
  });
});

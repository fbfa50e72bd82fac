import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../src/errors";
import { type ApiFixture, createApiFixture, factsFor, TEST_NUMBERS } from "./fixtures";

/** Issue 14, item 1: correct or withdraw saved records with a reason; the old value is kept. */

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, ...describeError(error) };
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("correct with a reason", () => {
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
    // Amina started two weeks ago, so last week's days can be recorded and corrected.
    await f.handle.db
      .update(schema.enrolments)
      .set({ startDate: "2026-03-02" })
      .where(eq(schema.enrolments.id, amina));
  });
  afterAll(() => f.handle.close());

  const day = (date: string, presentMinutes: number, absenceReason: "illness" | null = null) => ({
    enrolmentId: amina,
    date,
    presentMinutes,
    absenceReason,
  });

  it("corrects and empties attendance days only with a reason, keeping the old values", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    await coordinator.attendance.saveWeek({
      weekStart: "2026-03-09",
      entries: [day("2026-03-09", 480), day("2026-03-10", 0, "illness"), day("2026-03-11", 480)],
    });
    // A typo (0 instead of 8 hours) and a day recorded by mistake.
    const change = {
      weekStart: "2026-03-09",
      entries: [day("2026-03-10", 480)],
      cleared: [{ enrolmentId: amina, date: "2026-03-11" }],
    };
    const refused = await failureOf(coordinator.attendance.saveWeek(change));
    expect(refused.fieldErrors).toEqual({
      correctionReason: ["validation.recordCorrection.reason.required"],
    });
    const blank = await failureOf(
      coordinator.attendance.saveWeek({ ...change, correctionReason: "   " }),
    );
    expect(blank.fieldErrors).toEqual({
      correctionReason: ["validation.recordCorrection.reason.required"],
    });
    expect(
      await coordinator.attendance.saveWeek({
        ...change,
        correctionReason: "Fel dag registrerad, hon var på plats tisdag",
      }),
    ).toMatchObject({ saved: 1, corrected: 2 });

    // Reports use the current value: the week now holds two full days.
    const grid = await coordinator.attendance.week({ weekStart: "2026-03-09" });
    expect(grid.participants[0]?.cells.map((c) => c.presentMinutes)).toEqual([
      480,
      480,
      null,
      null,
      null,
    ]);
    const [totals] = await f.handle.db
      .select()
      .from(schema.attendanceTotals)
      .where(eq(schema.attendanceTotals.enrolmentId, amina));
    expect(totals).toMatchObject({ plannedMinutes: 960, presentMinutes: 960 });

    const history = await coordinator.corrections.list({
      enrolmentId: amina,
      recordType: "attendance",
    });
    expect(
      history.map((h) => [h.recordKey, h.action, h.previous, h.current, h.correctedByName]),
    ).toEqual(
      expect.arrayContaining([
        [
          "2026-03-10",
          "corrected",
          { date: "2026-03-10", presentMinutes: 0, absenceReason: "illness" },
          { date: "2026-03-10", presentMinutes: 480, absenceReason: null },
          "Maria Svensson",
        ],
        [
          "2026-03-11",
          "withdrawn",
          { date: "2026-03-11", presentMinutes: 480, absenceReason: null },
          null,
          "Maria Svensson",
        ],
      ]),
    );
    const timeline = await coordinator.participants.timeline({ enrolmentId: amina });
    expect(timeline.filter((e) => e.kind === "recordWithdrawn")).toHaveLength(1);
    expect(timeline.find((e) => e.kind === "recordCorrected")?.detail).toMatchObject({
      recordType: "attendance",
      reason: "Fel dag registrerad, hon var på plats tisdag",
    });
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "attendance.save"));
    expect(audit.at(-1)?.details).toMatchObject({ corrected: 1, withdrawn: 1 });
  });

  it("corrects an assessment and withdraws a second baseline, with reasons", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const record = {
      instrumentId: "languageLevel",
      phase: "baseline" as const,
      assessedOn: "2026-03-02",
      value: 2,
      areaValues: null,
    };
    const { id } = await coordinator.assessments.record({ enrolmentId: amina, record });
    if (!id) throw new Error("no id");
    const noReason = await failureOf(
      coordinator.corrections.assessment({
        assessmentId: id,
        record: { ...record, value: 3 },
        reason: "",
      }),
    );
    expect(noReason.fieldErrors).toEqual({
      reason: ["validation.recordCorrection.reason.required"],
    });
    await coordinator.corrections.assessment({
      assessmentId: id,
      record: { ...record, value: 3 },
      reason: "Fel steg valt, SFI B är rätt",
    });
    const after = await coordinator.assessments.list({ enrolmentId: amina });
    expect(after.assessments.map((a) => a.value)).toEqual([3]);

    const periodic = await coordinator.assessments.record({
      enrolmentId: amina,
      record: { ...record, phase: "periodic", assessedOn: "2026-03-16", value: 4 },
    });
    await coordinator.corrections.assessment({
      assessmentId: periodic.id ?? "",
      record: null,
      reason: "Registrerad på fel deltagare",
    });
    expect((await coordinator.assessments.list({ enrolmentId: amina })).assessments).toHaveLength(
      1,
    );
    const history = await coordinator.corrections.list({
      enrolmentId: amina,
      recordType: "assessment",
    });
    expect(history.map((h) => [h.action, h.previous.value, h.reason])).toEqual([
      ["withdrawn", 4, "Registrerad på fel deltagare"],
      ["corrected", 2, "Fel steg valt, SFI B är rätt"],
    ]);
    // Another municipality's coordinator cannot touch it.
    const other = await failureOf(
      f.as("demo-coordinator-vastervik").corrections.assessment({
        assessmentId: id,
        record: null,
        reason: "x",
      }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });

  it("asks for confirmation of a follow-up outside its window, and corrects it with a reason", async () => {
    const officer = f.as("demo-officer-kalmar");
    await officer.exits.record({
      enrolmentId: omar,
      exit: {
        exitDate: "2026-03-16",
        reason: "completed",
        status: "jobSeeking",
        gainedQualification: false,
      },
    });
    const [followUp] = await f.handle.db
      .select()
      .from(schema.followUps)
      .where(eq(schema.followUps.enrolmentId, omar));
    if (!followUp) throw new Error("no follow-up scheduled");
    const record = {
      outcome: "other",
      source: "participantContact" as const,
      recordedOn: "2026-03-16",
    };
    const unconfirmed = await failureOf(
      officer.followUps.record({ followUpId: followUp.id, record }),
    );
    expect(unconfirmed).toMatchObject({
      code: "PRECONDITION_FAILED",
      fieldErrors: { "record.recordedOn": ["validation.followUp.recordedOn.outsideWindow"] },
    });
    expect(
      await officer.followUps.record({
        followUpId: followUp.id,
        record,
        confirmOutsideWindow: true,
      }),
    ).toEqual({ status: "recordedOutsideWindow" });
    // Recording over it is a correction: a reason, and the earlier result kept.
    const again = { ...record, outcome: "unsubsidisedWork" };
    expect(
      (
        await failureOf(
          officer.followUps.record({
            followUpId: followUp.id,
            record: again,
            confirmOutsideWindow: true,
          }),
        )
      ).fieldErrors,
    ).toEqual({ correctionReason: ["validation.recordCorrection.reason.required"] });
    await officer.followUps.record({
      followUpId: followUp.id,
      record: again,
      confirmOutsideWindow: true,
      correctionReason: "Deltagaren hade fått anställning, fel utfall valt",
    });
    await officer.corrections.withdrawFollowUp({
      followUpId: followUp.id,
      reason: "Uppföljningen gjordes för tidigt",
    });
    const [open] = await f.handle.db
      .select()
      .from(schema.followUps)
      .where(eq(schema.followUps.id, followUp.id));
    expect(open).toMatchObject({ outcome: null, recordedOn: null });
    const history = await officer.corrections.list({ enrolmentId: omar, recordType: "followUp" });
    expect(history.map((h) => [h.action, h.previous.outcome])).toEqual([
      ["withdrawn", "unsubsidisedWork"],
      ["corrected", "other"],
    ]);
  });

  it("corrects an exit and withdraws it, reopening the participation", async () => {
    const officer = f.as("demo-officer-kalmar");
    const exit = {
      exitDate: "2026-03-16",
      reason: "completed" as const,
      status: "employed",
      gainedQualification: false,
    };
    await officer.corrections.exit({
      enrolmentId: omar,
      exit,
      reason: "Fick jobb, inte arbetssökande",
    });
    expect(await officer.exits.get({ enrolmentId: omar })).toMatchObject({
      status: "employed",
    });
    await officer.corrections.exit({
      enrolmentId: omar,
      exit: null,
      reason: "Avslutad av misstag",
    });
    expect(await officer.exits.get({ enrolmentId: omar })).toBeNull();
    const [row] = await f.handle.db
      .select({ status: schema.enrolments.status })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, omar));
    expect(row?.status).toBe("active");
    const history = await officer.corrections.list({ enrolmentId: omar, recordType: "exit" });
    expect(history.map((h) => [h.action, h.previous.status])).toEqual([
      ["withdrawn", "employed"],
      ["corrected", "jobSeeking"],
    ]);
  });

  it("withdraws an activity with a reason and keeps every change of one", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const activity = {
      type: "languageTraining" as const,
      title: "SFI kurs B",
      provider: null,
      startDate: "2026-03-02",
      endDate: null,
      hoursPerWeek: 15,
      employerId: null,
      planItemId: null,
      validationModule: null,
      certificateIssued: null,
    };
    const { id } = await coordinator.activities.create({ enrolmentId: amina, activity });
    if (!id) throw new Error("no activity id");
    await coordinator.activities.update({
      activityId: id,
      activity: { ...activity, hoursPerWeek: 20 },
      correctionReason: "Utökad tid efter samtal",
    });
    await coordinator.corrections.withdrawActivity({ activityId: id, reason: "Dubbelregistrerad" });
    expect(await coordinator.activities.list({ enrolmentId: amina })).toHaveLength(0);
    const history = await coordinator.corrections.list({
      enrolmentId: amina,
      recordType: "activity",
    });
    expect(history.map((h) => [h.action, h.previous.hoursPerWeek, h.reason])).toEqual([
      ["withdrawn", 20, "Dubbelregistrerad"],
      ["corrected", 15, "Utökad tid efter samtal"],
    ]);
  });
});

import { schema } from "@opis/db";
import { LIFE_WHEEL } from "@opis/domain";
import { TRPCError } from "@trpc/server";
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

const WEEK = "2026-03-16"; // the Monday of the enrolment week

describe("coordinator work: attendance, activities, assessments", () => {
  let f: ApiFixture;
  let kalmar: string;
  let vastervik: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const enrol = async (pin: string, municipalityCode: "0880" | "0883", facts: object) => {
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: "T",
        familyName: pin,
      });
      return (
        await officer.intake.enrol({
          intakeId,
          facts: eligibleFacts({ ...facts, municipalityCode }),
          decision: { startDate: "2026-03-16", municipalityCode },
        })
      ).enrolmentId;
    };
    kalmar = await enrol(TEST_NUMBERS.woman1990, "0880", { workAvailabilityPercent: 50 });
    vastervik = await enrol(TEST_NUMBERS.man1980, "0883", {
      gender: "man",
      birthDate: "1980-01-13",
    });
  });
  afterAll(() => f.handle.close());

  it("shows the week's grid of the coordinator's own participants with planned time", async () => {
    const grid = await f.as("demo-coordinator-kalmar").attendance.week({ weekStart: "2026-03-18" });
    expect(grid.weekStart).toBe(WEEK);
    expect(grid.participants.map((p) => p.enrolmentId)).toEqual([kalmar]);
    expect(grid.participants[0]?.plannedMinutesPerDay).toBe(240);
    expect(grid.participants[0]?.cells.map((c) => c.presentMinutes)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("saves a week and computes the participation rate", async () => {
    // Attendance is recorded after the fact: the week has passed.
    f.setNow(new Date("2026-03-27T09:00:00+01:00"));
    const coordinator = f.as("demo-coordinator-kalmar");
    const days = ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"];
    const entries = days.map((date, i) => ({
      enrolmentId: kalmar,
      date,
      presentMinutes: i === 2 ? 0 : 240,
      absenceReason: i === 2 ? ("illness" as const) : null,
    }));
    expect((await coordinator.attendance.saveWeek({ weekStart: WEEK, entries })).saved).toBe(5);
    const grid = await coordinator.attendance.week({ weekStart: WEEK });
    expect(grid.participants[0]?.participationRate).toBeCloseTo(0.8);
    expect(grid.participants[0]?.cells[2]).toMatchObject({
      presentMinutes: 0,
      absenceReason: "illness",
    });
  });

  it("requires a reason for absence and writes none of the week then", async () => {
    const error = await errorOf(
      f.as("demo-coordinator-kalmar").attendance.saveWeek({
        weekStart: "2026-03-23",
        entries: [
          { enrolmentId: kalmar, date: "2026-03-23", presentMinutes: 240, absenceReason: null },
          { enrolmentId: kalmar, date: "2026-03-24", presentMinutes: 60, absenceReason: null },
        ],
      }),
    );
    expect(error.cause).toMatchObject({
      fieldErrors: { "entries.1.absenceReason": ["validation.attendance.absenceReason.required"] },
    });
    const rows = await f.handle.db.select().from(schema.attendance);
    expect(rows.filter((r) => r.date >= "2026-03-23")).toEqual([]);
  });

  it("refuses attendance for another municipality's participant", async () => {
    const error = await errorOf(
      f.as("demo-coordinator-kalmar").attendance.saveWeek({
        weekStart: WEEK,
        entries: [{ enrolmentId: vastervik, date: WEEK, presentMinutes: 480, absenceReason: null }],
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("registers activities; validation needs a module, internships an employer of the register", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const base = {
      provider: "Kalmar Vux",
      employerId: null,
      startDate: "2026-03-18",
      endDate: "2026-06-30",
      hoursPerWeek: 15,
      planItemId: null,
      validationModule: null,
      certificateIssued: null,
    };
    await coordinator.activities.create({
      enrolmentId: kalmar,
      activity: { ...base, type: "languageTraining", title: "SFI kurs B" },
    });
    const noModule = await errorOf(
      coordinator.activities.create({
        enrolmentId: kalmar,
        activity: { ...base, type: "validation", title: "OCN" },
      }),
    );
    expect(noModule.code).toBe("BAD_REQUEST");
    const list = await coordinator.activities.list({ enrolmentId: kalmar });
    expect(list.map((a) => a.title)).toEqual(["SFI kurs B"]);
    expect(
      (await errorOf(f.as("demo-coordinator-vastervik").activities.list({ enrolmentId: kalmar })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("records assessments with the project's instruments", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const base = {
      phase: "baseline" as const,
      assessedOn: "2026-03-16",
      value: null,
      areaValues: null,
    };
    await coordinator.assessments.record({
      enrolmentId: kalmar,
      record: { ...base, instrumentId: "languageLevel", value: 2 },
    });
    await coordinator.assessments.record({
      enrolmentId: kalmar,
      record: {
        ...base,
        instrumentId: LIFE_WHEEL.id,
        areaValues: Object.fromEntries(LIFE_WHEEL.areas.map((a) => [a.id, 6])),
      },
    });
    const bad = await errorOf(
      coordinator.assessments.record({
        enrolmentId: kalmar,
        record: { ...base, instrumentId: "languageLevel", value: 9 },
      }),
    );
    expect(bad.cause).toMatchObject({
      fieldErrors: { record: ["validation.assessment.value.range"] },
    });
    const { assessments, instruments } = await coordinator.assessments.list({
      enrolmentId: kalmar,
    });
    expect(assessments.map((a) => a.instrumentId)).toEqual(["languageLevel", LIFE_WHEEL.id]);
    expect(instruments.map((i) => i.id)).toContain("closenessToWork");
  });
});

describe("requests for resource", () => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await createApiFixture();
  });
  afterAll(() => f.handle.close());

  it("flows submitted → accepted → scheduled → done; only AF decides; other municipalities see nothing", async () => {
    const kalmar = f.as("demo-coordinator-kalmar");
    const { id } = await kalmar.resourceRequests.create({
      activityType: "languageTraining",
      description: "Språkstöd i grupp",
      hours: 40,
      enrolmentId: null,
      forWhom: "Fem deltagare med låg svenska",
      reason: "Många deltagare står still i språket.",
    });
    expect(id).toBeDefined();
    const requestId = id as string;
    expect(
      (
        await errorOf(
          kalmar.resourceRequests.transition({ id: requestId, transition: { to: "accepted" } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const vastervik = f.as("demo-coordinator-vastervik");
    expect(await vastervik.resourceRequests.list({})).toEqual([]);
    expect((await errorOf(vastervik.resourceRequests.activities({ id: requestId }))).code).toBe(
      "NOT_FOUND",
    );
    await f
      .as("demo-officer-kalmar")
      .resourceRequests.transition({ id: requestId, transition: { to: "accepted" } });
    const skip = await errorOf(
      kalmar.resourceRequests.transition({ id: requestId, transition: { to: "done" } }),
    );
    expect(skip.code).toBe("CONFLICT");
    await kalmar.resourceRequests.transition({
      id: requestId,
      transition: { to: "scheduled", scheduledFor: "2026-04-01" },
    });
    await kalmar.resourceRequests.transition({ id: requestId, transition: { to: "done" } });
    expect((await kalmar.resourceRequests.list({}))[0]?.status).toBe("done");
    expect(await kalmar.resourceRequests.activities({ id: requestId })).toEqual([]);
  });
});

import { schema } from "@opis/db";
import { EMPTY_JOINT_PLAN } from "@opis/domain";
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

const plan = (text: string) => ({
  ...EMPTY_JOINT_PLAN,
  nextReviewDate: "2026-05-01",
  goals: [{ id: "g1", text }],
  items: [
    {
      id: "i1",
      description: "Språkträning SFI",
      activityType: "languageTraining" as const,
      responsible: "kommun" as const,
      reviewDate: "2026-04-15",
      status: "planned" as const,
    },
  ],
});

describe("case work: plan, notes, exit and follow-up", () => {
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

  it("versions the joint plan and refuses a save over a newer version", async () => {
    const officer = f.as("demo-officer-kalmar");
    const coordinator = f.as("demo-coordinator-kalmar");
    expect((await officer.plans.get({ enrolmentId })).version).toBe(0);
    await officer.plans.save({
      enrolmentId,
      basedOnVersion: 0,
      content: plan("Få ett jobb inom vården"),
    });
    // Both open version 1; the coordinator saves first.
    await coordinator.plans.save({
      enrolmentId,
      basedOnVersion: 1,
      content: plan("Jobb inom vården, deltid"),
    });
    const conflict = await errorOf(
      officer.plans.save({ enrolmentId, basedOnVersion: 1, content: plan("Officer's edit") }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toBe("errors.plan.conflict");
    const current = await officer.plans.get({ enrolmentId });
    expect(current.version).toBe(2);
    expect(current.content.goals[0]?.text).toBe("Jobb inom vården, deltid");
    expect(current.history.map((h) => h.savedBy)).toEqual(["Maria Svensson", "Erik Johansson"]);
  });

  it("a coordinator in another municipality can neither read nor save the plan", async () => {
    const other = f.as("demo-coordinator-vastervik");
    expect((await errorOf(other.plans.get({ enrolmentId }))).code).toBe("NOT_FOUND");
    expect(
      (await errorOf(other.plans.save({ enrolmentId, basedOnVersion: 2, content: plan("x") })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("counts handovers as unread on the other side until opened", async () => {
    await f.as("demo-officer-kalmar").notes.add({
      enrolmentId,
      note: { kind: "handover", text: "Amina börjar praktik på måndag, kan du följa upp?" },
    });
    await f
      .as("demo-officer-kalmar")
      .notes.add({ enrolmentId, note: { kind: "note", text: "Intern anteckning." } });
    const coordinator = f.as("demo-coordinator-kalmar");
    expect(await coordinator.notes.unread()).toEqual({
      total: 1,
      byEnrolment: { [enrolmentId]: 1 },
    });
    expect((await f.as("demo-officer-kalmar").notes.unread()).total).toBe(0);
    const notes = await coordinator.notes.list({ enrolmentId });
    expect(notes).toHaveLength(2);
    expect((await coordinator.notes.unread()).total).toBe(0);
  });

  it("refuses an exit that contradicts its reason, and writes nothing", async () => {
    const error = await errorOf(
      f.as("demo-officer-kalmar").exits.record({
        enrolmentId,
        exit: {
          exitDate: "2026-03-10",
          reason: "droppedOutWork",
          status: "jobSeeking",
          gainedQualification: false,
        },
      }),
    );
    expect(error.cause).toMatchObject({
      fieldErrors: {
        "exit.exitDate": ["validation.exit.exitDate.beforeStart"],
        "exit.status": ["validation.exit.status.contradictsReason"],
      },
    });
    const [row] = await f.handle.db
      .select({ status: schema.enrolments.status })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(row?.status).toBe("active");
  });

  it("a coordinator cannot register an exit", async () => {
    const error = await errorOf(
      f.as("demo-coordinator-kalmar").exits.record({
        enrolmentId,
        exit: {
          exitDate: "2026-03-16",
          reason: "completed",
          status: "jobSeeking",
          gainedQualification: false,
        },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("an exit schedules the 90-day follow-up, which is recorded and classified", async () => {
    const officer = f.as("demo-officer-kalmar");
    const result = await officer.exits.record({
      enrolmentId,
      exit: {
        exitDate: "2026-03-16",
        reason: "completed",
        status: "employed",
        gainedQualification: true,
      },
    });
    expect(result.followUps).toEqual([{ ruleId: "outcome90", dueDate: "2026-06-14" }]);
    expect(
      (await errorOf(officer.plans.save({ enrolmentId, basedOnVersion: 2, content: plan("x") })))
        .code,
    ).toBe("CONFLICT");
    const open = await officer.followUps.list({ horizonDays: 120 });
    const item = open.items.find((i) => i.enrolmentId === enrolmentId);
    expect(item).toMatchObject({ dueDate: "2026-06-14", status: "notDue", givenName: "Amina" });

    const future = await errorOf(
      officer.followUps.record({
        followUpId: item!.followUpId,
        record: { outcome: "unsubsidisedWork", source: "afRegister", recordedOn: "2026-03-17" },
      }),
    );
    expect(future.cause).toMatchObject({
      fieldErrors: { "record.recordedOn": ["validation.followUp.recordedOn.future"] },
    });
    // Recorded the same day as the exit: outside the 90-day window, refused unless the
    // officer confirms it (issue 14), then kept but marked.
    const early = {
      outcome: "unsubsidisedWork",
      source: "participantContact",
      recordedOn: "2026-03-16",
    } as const;
    const unconfirmed = await errorOf(
      officer.followUps.record({ followUpId: item!.followUpId, record: early }),
    );
    expect(unconfirmed.code).toBe("PRECONDITION_FAILED");
    const recorded = await officer.followUps.record({
      followUpId: item!.followUpId,
      record: early,
      confirmOutsideWindow: true,
    });
    expect(recorded.status).toBe("recordedOutsideWindow");
    const done = await officer.followUps.list({ view: "recorded" });
    expect(done.items.map((i) => i.enrolmentId)).toContain(enrolmentId);
  });
});

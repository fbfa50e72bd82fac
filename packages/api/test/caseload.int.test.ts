import { EMPTY_JOINT_PLAN } from "@opis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

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
      content: { ...EMPTY_JOINT_PLAN, nextReviewDate: "2026-04-10" },
    });
    await f
      .as("demo-officer-kalmar")
      .notes.add({ enrolmentId, note: { kind: "handover", text: "Välkommen!" } });
    const detail = await f.as("demo-officer-kalmar").participants.get({ enrolmentId });
    expect(detail.nextAction).toEqual({
      kind: "reviewPlan",
      dueDate: "2026-04-10",
      overdue: false,
    });
    const timeline = await f.as("demo-officer-kalmar").participants.timeline({ enrolmentId });
    expect(timeline.map((e) => e.kind).sort()).toEqual(["enrolled", "handover", "planSaved"]);
    expect(timeline.find((e) => e.kind === "planSaved")?.organisation).toBe("kommun");
    // The review lies beyond the two-week horizon: nothing about plans to do yet.
    expect((await f.as("demo-officer-kalmar").todo.list({})).plans).toEqual([]);
  });

  it("another office's officer sees neither the case nor the to-do", async () => {
    const todo = await f.as("demo-officer-jonkoping").todo.list({ scope: "office" });
    expect(todo).toEqual({ intakes: [], plans: [], followUps: [] });
  });
});

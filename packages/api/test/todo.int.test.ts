import { schema } from "@opis/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiFixture,
  completePlan,
  createApiFixture,
  factsFor,
  TEST_NUMBERS,
} from "./fixtures";

/**
 * Issue 14, item 3: a caseload of known states on Monday 2026-03-16 (OPIS: 7 days'
 * grace, 75 % participation), and the officer's to-do list asserted item by item.
 */
describe("the to-do list of a caseload in known states", () => {
  let f: ApiFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const coordinator = f.as("demo-coordinator-kalmar");
    const enrol = async (key: keyof typeof TEST_NUMBERS, name: string, startDate: string) => {
      const pin = TEST_NUMBERS[key];
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: name,
        familyName: "Test",
      });
      const { enrolmentId } = await officer.intake.enrol({
        intakeId,
        facts: factsFor(pin),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      });
      await f.handle.db
        .update(schema.enrolments)
        .set({ startDate })
        .where(eq(schema.enrolments.id, enrolmentId));
      ids[name] = enrolmentId;
      return enrolmentId;
    };
    // A new case: the plan is due in two weeks.
    await enrol("woman1990", "Wilma", "2026-03-16");
    // A plan whose own review date is this Friday.
    const rut = await enrol("woman1990b", "Rut", "2026-02-01");
    await coordinator.plans.save({
      enrolmentId: rut,
      basedOnVersion: 0,
      content: completePlan("2026-03-20"),
    });
    // No plan 24 days in: due 2026-03-06, past the 7 days' grace.
    await enrol("man1991", "Nils", "2026-02-20");
    // Six months in today; the plan is reviewed later.
    const frans = await enrol("man1970", "Frans", "2025-09-16");
    await coordinator.plans.save({
      enrolmentId: frans,
      basedOnVersion: 0,
      content: completePlan("2026-06-01"),
    });
    // Present half the planned time over the last four weeks.
    const omar = await enrol("man1986", "Omar", "2026-01-05");
    await coordinator.plans.save({
      enrolmentId: omar,
      basedOnVersion: 0,
      content: completePlan("2026-06-01"),
    });
    await f.handle.db.insert(schema.attendance).values(
      ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"].map((date) => ({
        enrolmentId: omar,
        date,
        plannedMinutes: 480,
        presentMinutes: 240,
        absenceReason: "illness" as const,
      })),
    );
    // The coordinator hands Rut's case over to AF.
    await coordinator.notes.add({
      enrolmentId: rut,
      note: { kind: "handover", text: "Rut har fått praktikplats, kan du boka uppföljning?" },
    });
  });
  afterAll(() => f.handle.close());

  it("lists plans to write and review by due date, overdue only past the grace period", async () => {
    const todo = await f.as("demo-officer-kalmar").todo.list({ scope: "mine" });
    expect(todo.plans.map((p) => [p.givenName, p.kind, p.dueDate, p.overdue])).toEqual([
      ["Nils", "writePlan", "2026-03-06", true],
      ["Rut", "reviewPlan", "2026-03-20", false],
      ["Wilma", "writePlan", "2026-03-30", false],
    ]);
    expect(todo.followUps).toEqual([]);
  });

  it("makes the handover a to-do for its recipient until it is opened", async () => {
    const officer = f.as("demo-officer-kalmar");
    const todo = await officer.todo.list({ scope: "mine" });
    expect(todo.handovers.map((h) => [h.givenName, h.kind, h.unread])).toEqual([
      ["Rut", "readHandover", 1],
    ]);
    // The sender's side has nothing to read.
    expect((await f.as("demo-coordinator-kalmar").todo.list({ scope: "mine" })).handovers).toEqual(
      [],
    );
    await officer.notes.list({ enrolmentId: ids.Rut ?? "" });
    expect((await officer.todo.list({ scope: "mine" })).handovers).toEqual([]);
  });

  it("raises low participation and the sixth month", async () => {
    const todo = await f.as("demo-officer-kalmar").todo.list({ scope: "mine" });
    expect(
      todo.reminders
        .map((r) => [r.givenName, r.kind, r.dueDate])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ["Frans", "sixthMonth", "2026-03-16"],
      ["Omar", "lowParticipation", "2026-03-16"],
    ]);
  });

  it("makes a request's decision a to-do for the requester until they open it", async () => {
    const coordinator = f.as("demo-coordinator-kalmar");
    const officer = f.as("demo-officer-kalmar");
    const ask = (description: string) =>
      coordinator.resourceRequests.create({
        activityType: "languageTraining",
        description,
        hours: 20,
        enrolmentId: null,
        forWhom: "Tre deltagare",
        reason: "Språket står still.",
      });
    const { id: accepted } = await ask("Språkstöd");
    const { id: declined } = await ask("Studiebesök");
    const { id: undecided } = await ask("Körkortsteori");
    expect(undecided).toBeDefined();
    // Submitted is no decision yet.
    expect((await coordinator.todo.list({ scope: "mine" })).decisions).toEqual([]);
    await officer.resourceRequests.transition({
      id: accepted ?? "",
      transition: { to: "accepted" },
    });
    await officer.resourceRequests.transition({
      id: declined ?? "",
      transition: { to: "declined", reason: "Finns redan i kursutbudet." },
    });
    const todo = await coordinator.todo.list({ scope: "mine" });
    expect(todo.decisions.map((d) => [d.requestId, d.kind, d.status])).toEqual([
      [accepted, "readRequestDecision", "accepted"],
      [declined, "readRequestDecision", "declined"],
    ]);
    // The decider has nothing to read, and the decider opening it marks nothing.
    expect((await officer.todo.list({ scope: "mine" })).decisions).toEqual([]);
    await officer.resourceRequests.activities({ id: accepted ?? "" });
    expect((await coordinator.todo.list({ scope: "mine" })).decisions).toHaveLength(2);
    // The requester opens one; the other stays.
    await coordinator.resourceRequests.activities({ id: accepted ?? "" });
    expect(
      (await coordinator.todo.list({ scope: "mine" })).decisions.map((d) => d.requestId),
    ).toEqual([declined]);
    // Scheduling after acceptance is no new decision.
    await coordinator.resourceRequests.transition({
      id: accepted ?? "",
      transition: { to: "scheduled", scheduledFor: "2026-04-01" },
    });
    expect((await coordinator.todo.list({ scope: "mine" })).decisions).toHaveLength(1);
  });

  it("gives the coordinator the same to-do list over the municipality", async () => {
    const todo = await f.as("demo-coordinator-kalmar").todo.list({ scope: "mine" });
    expect(todo.plans.map((p) => p.givenName)).toEqual(["Nils", "Rut", "Wilma"]);
    expect(todo.intakes).toEqual([]);
  });
});

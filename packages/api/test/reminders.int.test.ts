import { schema } from "@opis/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mailer, runDailyReminders } from "../src";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS, TODAY } from "./fixtures";

describe("daily reminders", () => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.woman1990,
      givenName: "Amina",
      familyName: "Yusuf",
    });
    await officer.intake.enrol({
      intakeId,
      facts: eligibleFacts(),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    });
  });
  afterAll(() => f.handle.close());

  it("writes a counts-only digest per officer, mails it once, and the officer reads it", async () => {
    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer: Mailer = { send: async (m) => void sent.push(m) };
    // Three weeks on, the plan is overdue (due 2026-03-30, past the 7 days' grace).
    const run = { db: f.handle.db, today: "2026-04-07", now: TODAY, mailer };
    const summary = await runDailyReminders(run);
    expect(summary).toEqual({ users: 2, withDueWork: 1, emailed: 1 });
    expect(sent[0]?.to).toBe("erik.johansson@example.af.se");
    expect(sent[0]?.text).not.toContain("Amina");
    expect(sent[0]?.text).toContain("Planer att skriva: 1");
    // A second run the same day sends nothing new.
    expect((await runDailyReminders(run)).emailed).toBe(0);
    expect(await f.handle.db.select().from(schema.reminderDigests)).toHaveLength(2);
    expect(await f.as("demo-officer-kalmar").todo.digest()).toMatchObject({
      day: "2026-04-07",
      overdue: 1,
      counts: { writePlan: 1 },
    });
  });
});

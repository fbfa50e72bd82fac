import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import { caseReminders } from "./case-reminders";

const settings = { participationThresholdPercent: 75, endWarningDays: 30 };
const project = { period: { end: "2027-12-30" } };
const kinds = (state: Parameters<typeof caseReminders>[0], today: string, p = project) =>
  caseReminders(state, p, settings, today).map((r) => r.kind);

describe("reminders an active case raises", () => {
  test("participation under 75 % over four weeks", () => {
    const state = { startDate: "2026-01-05", lastFourWeeks: { planned: 9600, present: 4800 } };
    expect(kinds(state, "2026-03-16")).toEqual(["lowParticipation"]);
    expect(
      kinds({ ...state, lastFourWeeks: { planned: 9600, present: 7200 } }, "2026-03-16"),
    ).toEqual([]);
  });
  test("not before the case has run four weeks", () =>
    expect(
      kinds(
        { startDate: "2026-03-02", lastFourWeeks: { planned: 4800, present: 0 } },
        "2026-03-16",
      ),
    ).toEqual([]));
  test("the sixth month", () => {
    const state = { startDate: "2025-09-16", lastFourWeeks: { planned: 0, present: 0 } };
    expect(kinds(state, "2026-03-16")).toEqual(["sixthMonth"]);
    expect(caseReminders(state, project, settings, "2026-03-16")[0]?.dueDate).toBe("2026-03-16");
    expect(kinds(state, "2026-05-01")).toEqual([]);
  });
  test("the project's end within 30 days", () =>
    expect(
      kinds({ startDate: "2026-01-05", lastFourWeeks: { planned: 0, present: 0 } }, "2026-03-16", {
        period: { end: "2026-04-10" },
      }),
    ).toEqual(["participationEnding"]));
  test("low participation exactly when under the threshold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (planned, present) => {
          const low = kinds(
            { startDate: "2025-01-01", lastFourWeeks: { planned, present } },
            addDays("2026-03-16", 0),
          ).includes("lowParticipation");
          return low === present / planned < 0.75;
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, daysBetween } from "../dates/calendar";
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
  test("the work availability's end within 30 days, due on that day", () => {
    const state = {
      startDate: "2026-01-05",
      lastFourWeeks: { planned: 0, present: 0 },
      workAvailabilityUntil: "2026-04-10",
    };
    expect(caseReminders(state, project, settings, "2026-03-16")).toEqual([
      { kind: "workAvailabilityEnding", dueDate: "2026-04-10" },
    ]);
    // Exactly 30 days before and 30 days after still remind; a day outside does not.
    expect(kinds(state, "2026-03-11")).toEqual(["workAvailabilityEnding"]);
    expect(kinds(state, "2026-03-10")).toEqual([]);
    expect(kinds(state, "2026-05-10")).toEqual(["workAvailabilityEnding"]);
    expect(kinds(state, "2026-05-11")).toEqual([]);
    // Open-ended: nothing to warn of.
    expect(kinds({ ...state, workAvailabilityUntil: null }, "2026-03-16")).toEqual([]);
  });
  test("the work availability lasting to the project's end leaves only the project's end", () =>
    expect(
      kinds(
        {
          startDate: "2026-01-05",
          lastFourWeeks: { planned: 0, present: 0 },
          workAvailabilityUntil: "2026-04-10",
        },
        "2026-03-16",
        { period: { end: "2026-04-10" } },
      ),
    ).toEqual(["participationEnding"]));
  test("the work availability's end: raised exactly within the window before the project's end", () => {
    const start = "2025-01-01";
    fc.assert(
      fc.property(
        fc.integer({ min: -120, max: 120 }),
        fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
        fc.integer({ min: 1, max: 90 }),
        (offset, untilDay, endWarningDays) => {
          const today = addDays("2026-06-01", offset);
          const until = untilDay === null ? null : addDays(start, untilDay);
          const reminders = caseReminders(
            {
              startDate: start,
              lastFourWeeks: { planned: 0, present: 0 },
              workAvailabilityUntil: until,
            },
            project,
            { ...settings, endWarningDays },
            today,
          ).filter((r) => r.kind === "workAvailabilityEnding");
          const expected =
            until !== null &&
            until < project.period.end &&
            Math.abs(daysBetween(today, until)) <= endWarningDays;
          expect(reminders.length).toBe(expected ? 1 : 0);
          if (until !== null) for (const r of reminders) expect(r.dueDate).toBe(until);
        },
      ),
    );
  });
  test("a work availability's date never changes the other reminders", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 800 }),
        (untilDay, todayDay) => {
          const today = addDays("2025-06-01", todayDay);
          const state = { startDate: "2025-01-01", lastFourWeeks: { planned: 100, present: 10 } };
          const without = kinds(state, today);
          const withUntil = kinds(
            { ...state, workAvailabilityUntil: addDays("2025-01-01", untilDay) },
            today,
          ).filter((k) => k !== "workAvailabilityEnding");
          expect(withUntil).toEqual(without);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import {
  type AttendanceDayContext,
  MINUTES_PER_DAY,
  maxPresentMinutes,
  validateAttendanceDay,
} from "./attendance-day-rules";

const context: AttendanceDayContext = {
  today: "2026-03-18",
  participation: { startDate: "2026-03-02", exitDate: null },
  projectPeriod: { start: "2025-01-02", end: "2027-12-30" },
  plannedMinutes: 480,
  marginMinutes: 60,
};
const keys = (date: string, presentMinutes: number, over: Partial<AttendanceDayContext> = {}) =>
  validateAttendanceDay({ date, presentMinutes }, { ...context, ...over }).map(
    (e) => `${e.field}:${e.messageKey}`,
  );

describe("attendance days that cannot have happened", () => {
  const cases: [string, string, number, Partial<AttendanceDayContext>, string[]][] = [
    ["today, planned time", "2026-03-18", 480, {}, []],
    ["yesterday, with an hour over", "2026-03-17", 540, {}, []],
    ["tomorrow", "2026-03-19", 0, {}, ["date:validation.attendance.date.future"]],
    ["a week of 2027", "2027-01-04", 480, {}, ["date:validation.attendance.date.future"]],
    [
      "before the participation",
      "2026-02-27",
      480,
      {},
      ["date:validation.attendance.date.outsideParticipation"],
    ],
    [
      "after the exit",
      "2026-03-13",
      480,
      { participation: { startDate: "2026-03-02", exitDate: "2026-03-12" } },
      ["date:validation.attendance.date.outsideParticipation"],
    ],
    [
      "after the project ends",
      "2026-03-16",
      480,
      { projectPeriod: { start: "2025-01-02", end: "2026-03-13" } },
      ["date:validation.attendance.date.outsideProject"],
    ],
    [
      "24 hours for someone planned at 8",
      "2026-03-16",
      1440,
      {},
      ["presentMinutes:validation.attendance.presentMinutes.abovePlan"],
    ],
    [
      "half-time participant, a full day",
      "2026-03-16",
      480,
      { plannedMinutes: 240 },
      ["presentMinutes:validation.attendance.presentMinutes.abovePlan"],
    ],
  ];
  for (const [name, date, minutes, over, expected] of cases) {
    test(name, () => expect(keys(date, minutes, over)).toEqual(expected));
  }
});

describe("properties", () => {
  test("no day after today is ever accepted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 480 }), (ahead, m) =>
        keys(addDays(context.today, ahead), m).includes("date:validation.attendance.date.future"),
      ),
    );
  });

  test("the limit never exceeds 24 hours and never falls below the plan", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 1440 }), (p, m) => {
        const max = maxPresentMinutes(p, m);
        return max <= MINUTES_PER_DAY && max >= Math.min(p, MINUTES_PER_DAY);
      }),
    );
  });

  test("a day inside everything with at most the plan is always accepted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 480 }),
        (back, m) => keys(addDays(context.today, -back), m, { plannedMinutes: 480 }).length === 0,
      ),
    );
  });
});

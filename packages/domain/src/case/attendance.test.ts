import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  AttendanceWeekSaveSchema,
  participationRate,
  plannedMinutesPerDay,
  validateAttendanceEntry,
} from "./attendance";

const ID = "7f4c2a1e-8b3d-4c5e-9f60-1a2b3c4d5e6f";

describe("planned time and participation", () => {
  const cases = [
    { pct: 100, planned: 480 },
    { pct: 50, planned: 240 },
    { pct: 25, planned: 120 },
    { pct: 0, planned: 0 },
  ];
  for (const tc of cases)
    test(`${tc.pct} % → ${tc.planned} min`, () =>
      expect(plannedMinutesPerDay(tc.pct)).toBe(tc.planned));

  test("a rate lies in [0, 1], or is null when nothing was planned", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (present, planned) => {
          const rate = participationRate(present, planned);
          return planned === 0 ? rate === null : rate !== null && rate >= 0 && rate <= 1;
        },
      ),
    );
  });
});

describe("entries", () => {
  test("absence needs a reason", () => {
    const entry = { enrolmentId: ID, date: "2026-11-23", presentMinutes: 120, absenceReason: null };
    expect(validateAttendanceEntry(entry, 480)).toEqual([
      "validation.attendance.absenceReason.required",
    ]);
    expect(validateAttendanceEntry({ ...entry, absenceReason: "illness" }, 480)).toEqual([]);
    expect(validateAttendanceEntry({ ...entry, presentMinutes: 480 }, 480)).toEqual([]);
  });

  test("a week starts on a Monday and holds only its own workdays", () => {
    const entry = { enrolmentId: ID, date: "2026-11-28", presentMinutes: 0, absenceReason: null };
    const saturday = AttendanceWeekSaveSchema.safeParse({
      weekStart: "2026-11-23",
      entries: [entry],
    });
    expect(saturday.error?.issues[0]?.message).toBe("validation.attendance.date.outsideWeek");
    const tuesday = AttendanceWeekSaveSchema.safeParse({ weekStart: "2026-11-24", entries: [] });
    expect(tuesday.error?.issues[0]?.message).toBe("validation.attendance.weekStart.notMonday");
  });
});

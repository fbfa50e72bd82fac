import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, daysBetween } from "./calendar";
import { fromDayNumber, toDayNumber } from "./iso-date";
import { isoWeekday, isoWeekNumber, isoWeekStart, weekStartFrom, workdaysOfWeek } from "./iso-week";
import { monthEnd, monthEndsUntil } from "./month-end";
import {
  isSwedishWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  swedishDate,
} from "./swedish-days";

const isoDate = fc
  .integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2100-12-31") })
  .map(fromDayNumber);

describe("ISO weeks", () => {
  const cases = [
    { date: "2026-11-23", monday: "2026-11-23", week: 48 }, // a Monday
    { date: "2026-11-29", monday: "2026-11-23", week: 48 }, // the Sunday after
    { date: "2026-01-01", monday: "2025-12-29", week: 1 }, // across a year end
    { date: "2021-01-03", monday: "2020-12-28", week: 53 }, // 2020 has 53 weeks
    { date: "2024-12-30", monday: "2024-12-30", week: 1 }, // week 1 of 2025 starts in 2024
    { date: "1900-01-01", monday: "1900-01-01", week: 1 },
  ];
  for (const tc of cases) {
    test(`${tc.date} → ${tc.monday}, week ${tc.week}`, () => {
      expect(isoWeekStart(tc.date)).toBe(tc.monday);
      expect(isoWeekNumber(tc.date)).toBe(tc.week);
    });
  }

  test("the week start is a Monday at most six days before, and idempotent", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const monday = isoWeekStart(date);
        const gap = daysBetween(monday, date);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(6);
        expect(isoWeekStart(monday)).toBe(monday);
        expect(isoWeekday(date)).toBe(gap);
      }),
    );
  });

  test("week numbers run 1 … 52 or 53 and step by one from Monday to Monday", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const week = isoWeekNumber(date);
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        const next = isoWeekNumber(addDays(isoWeekStart(date), 7));
        expect(next === week + 1 || next === 1).toBe(true);
      }),
    );
  });

  test("a week has five workdays, Monday to Friday", () => {
    expect(workdaysOfWeek("2026-11-23")).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
    ]);
  });
});

describe("weekStartFrom: a user-given week", () => {
  const cases = [
    { value: undefined, want: { ok: true, weekStart: "2026-11-23" } },
    { value: "", want: { ok: true, weekStart: "2026-11-23" } },
    { value: "2025-03-05", want: { ok: true, weekStart: "2025-03-03" } },
    // Reported: threw a RangeError and broke the attendance screen.
    { value: "2025-02-30", want: { ok: false, error: "validation.date.invalid" } },
    { value: "2025-13-01", want: { ok: false, error: "validation.date.invalid" } },
    { value: "vecka-12", want: { ok: false, error: "validation.date.invalid" } },
    { value: "2025-3-5", want: { ok: false, error: "validation.date.invalid" } },
  ];
  for (const tc of cases) {
    test(String(tc.value), () => expect(weekStartFrom(tc.value, "2026-11-25")).toEqual(tc.want));
  }
  test("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = weekStartFrom(value, "2026-11-25");
        if (result.ok) expect(isoWeekStart(result.weekStart)).toBe(result.weekStart);
      }),
    );
  });
});

describe("month ends", () => {
  test("examples", () => {
    expect(monthEnd("2024-02-10")).toBe("2024-02-29");
    expect(monthEnd("2025-02-28")).toBe("2025-02-28");
    expect(monthEnd("2025-12-01")).toBe("2025-12-31");
    expect(monthEndsUntil("2025-01-02", "2025-04-15")).toEqual([
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
      "2025-04-15",
    ]);
    expect(monthEndsUntil("2025-01-02", "2025-03-31")).toEqual([
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
    ]);
    expect(monthEndsUntil("2025-01-02", "2024-12-31")).toEqual([]);
  });
  test("month ends are increasing, each the last of its month, and end on asOf", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 2000 }), (start, length) => {
        const asOf = addDays(start, length);
        const days = monthEndsUntil(start, asOf);
        expect(days.at(-1)).toBe(asOf);
        for (const [i, day] of days.entries()) {
          if (i > 0) expect(day > (days[i - 1] as string)).toBe(true);
          if (i < days.length - 1) expect(monthEnd(day)).toBe(day);
        }
      }),
    );
  });
});

describe("days in Sweden", () => {
  const cases = [
    { instant: "2025-12-31T23:30:00Z", want: "2026-01-01" }, // winter: UTC+1
    { instant: "2025-12-31T22:59:59Z", want: "2025-12-31" },
    { instant: "2025-06-30T22:30:00Z", want: "2025-07-01" }, // summer: UTC+2
    { instant: "2025-06-30T21:59:00Z", want: "2025-06-30" },
    { instant: "2025-03-30T00:59:00Z", want: "2025-03-30" }, // the night summer time starts
  ];
  for (const tc of cases) {
    test(tc.instant, () => expect(swedishDate(new Date(tc.instant))).toBe(tc.want));
  }

  test("working days skip weekends and public holidays", () => {
    expect(isSwedishWorkingDay("2025-12-24")).toBe(false); // julafton
    expect(isSwedishWorkingDay("2025-06-20")).toBe(false); // midsommarafton
    expect(isSwedishWorkingDay("2025-04-18")).toBe(false); // långfredag
    expect(isSwedishWorkingDay("2025-04-21")).toBe(false); // annandag påsk
    expect(isSwedishWorkingDay("2025-05-29")).toBe(false); // Kristi himmelsfärd
    expect(isSwedishWorkingDay("2025-11-22")).toBe(false); // a Saturday
    expect(isSwedishWorkingDay("2025-11-24")).toBe(true);
    expect(nextWorkingDay("2025-12-24")).toBe("2025-12-29");
    expect(previousWorkingDay("2026-01-01")).toBe("2025-12-30");
  });
});

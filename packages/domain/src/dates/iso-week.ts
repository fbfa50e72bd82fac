import { addDays } from "./calendar";
import { type IsoDate, splitIsoDate, toDayNumber } from "./iso-date";

/** Monday = 0 … Sunday = 6 (ISO 8601 order). */
export function isoWeekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week the date lies in. */
export function isoWeekStart(date: IsoDate): IsoDate {
  return addDays(date, -isoWeekday(date));
}

/** Monday to Friday of the week starting on `weekStart`. */
export function workdaysOfWeek(weekStart: IsoDate): IsoDate[] {
  return [0, 1, 2, 3, 4].map((d) => addDays(weekStart, d));
}

/** The ISO week number of a date: week 1 holds the year's first Thursday. */
export function isoWeekNumber(date: IsoDate): number {
  const thursday = addDays(isoWeekStart(date), 3);
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((toDayNumber(thursday) - toDayNumber(yearStart)) / 7) + 1;
}

export type WeekStartResult =
  | { ok: true; weekStart: IsoDate }
  | { ok: false; error: "validation.date.invalid" };

/**
 * The Monday a user-given date (a URL segment, a form field) lies in; empty
 * means this week. Anything that is not a real calendar date (2025-02-30) is
 * a validation error, never an exception.
 */
export function weekStartFrom(value: string | undefined, today: IsoDate): WeekStartResult {
  if (value === undefined || value === "") return { ok: true, weekStart: isoWeekStart(today) };
  if (splitIsoDate(value) === null) return { ok: false, error: "validation.date.invalid" };
  return { ok: true, weekStart: isoWeekStart(value) };
}

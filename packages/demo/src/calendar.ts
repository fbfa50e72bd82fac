/**
 * The demo data's view of the calendar: day numbers (days since 1970-01-01)
 * for fast loops, over the domain's one calendar module (ISO dates, Swedish
 * working days). Only what is particular to generating data lives here.
 */
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  nextWorkingDay,
  previousWorkingDay,
  swedishHolidayDayNumbers,
  toDayNumber,
  weekdayOfDayNumber,
} from "@opis/domain";

export { addDays, daysBetween, isIsoDate, nextWorkingDay, previousWorkingDay };

/** Days since 1970-01-01 of an ISO date. */
export const dayNumber = toDayNumber;

/** The ISO date of a day number. */
export const isoDate = fromDayNumber;

/**
 * True on Monday–Friday that are not Swedish public holidays: the domain's
 * rule on day numbers, since the generator asks once per participant and day.
 */
export function isWorkingDay(day: number): boolean {
  if (weekdayOfDayNumber(day) >= 5) return false;
  return !swedishHolidayDayNumbers(new Date(day * 86_400_000).getUTCFullYear()).has(day);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A timestamp on `date` at the given local office hour (fixed +01:00, deterministic). */
export function timestampOn(date: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return new Date(`${date}T${hh}:${mm}:00+01:00`);
}

import { z } from "zod";

/**
 * A calendar date as "YYYY-MM-DD". Kept a plain string (not branded) so rows
 * from the database and JSON fixtures can be passed in without a cast; parse
 * at the boundary with IsoDateSchema.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Year, month (1–12) and day of a well-formed date string, or null. */
export function splitIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) return null;
  return { year, month, day };
}

/** True when year-month-day exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && splitIsoDate(value) !== null;
}

export const IsoDateSchema = z
  .string({ error: "validation.date.invalid" })
  .refine((value) => splitIsoDate(value) !== null, { error: "validation.date.invalid" });

/** Days since 1970-01-01 (negative before). Internal calendar arithmetic unit. */
export function toDayNumber(date: IsoDate): number {
  const parts = splitIsoDate(date);
  if (!parts) throw new RangeError("Not an ISO calendar date");
  return Math.round(utcMs(parts.year, parts.month, parts.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function formatParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function utcMs(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

import type { IsoDate } from "../dates/iso-date";
import { splitIsoDate } from "../dates/iso-date";

const CANONICAL = /^(\d{4})(\d{4})(\d{4})$/;

/**
 * Writes a canonical YYYYMMDDNNNC number as "YYYYMMDD-NNNC" (form "12") or
 * "YYMMDD-NNNC" (form "10"), with "+" from the calendar year the person
 * turns 100 (as of `asOf`). Throws on a non-canonical argument: that is a
 * programming error, and the message never echoes the input.
 */
export function formatPersonalIdentityNumber(
  canonical: string,
  form: "12" | "10",
  asOf: IsoDate,
): string {
  const match = CANONICAL.exec(canonical);
  const asOfParts = splitIsoDate(asOf);
  if (!match || !asOfParts) throw new TypeError("Expected a canonical 12-digit number and a date");
  const [, year, monthDay, last4] = match as unknown as [string, string, string, string];
  if (form === "12") return `${year}${monthDay}-${last4}`;
  const separator = asOfParts.year - Number(year) >= 100 ? "+" : "-";
  return `${year.slice(2)}${monthDay}${separator}${last4}`;
}

/** "19850312-••••": enough to tell people apart on screen without exposing the number. */
export function maskPersonalIdentityNumber(canonical: string): string {
  if (!CANONICAL.test(canonical)) throw new TypeError("Expected a canonical 12-digit number");
  return `${canonical.slice(0, 8)}-••••`;
}

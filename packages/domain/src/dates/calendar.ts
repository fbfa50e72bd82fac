import {
  daysInMonth,
  formatParts,
  fromDayNumber,
  type IsoDate,
  splitIsoDate,
  toDayNumber,
} from "./iso-date";

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The same day `months` months later. A day that does not exist in the target
 * month becomes its last day (2024-01-31 + 1 month = 2024-02-29), as in
 * everyday Swedish usage of "en månad senare".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Whole months from `from` to `to`: the largest n with addMonths(from, n) <= to. Signed. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (compareIsoDates(to, from) < 0) return -monthsBetween(to, from);
  const a = parts(from);
  const b = parts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (compareIsoDates(addMonths(from, months), to) > 0) months -= 1;
  return months;
}

/**
 * Age in whole years on `date`. Someone born on 29 February becomes a year
 * older on 1 March in common years (the birthday has not yet occurred on 28 February).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const b = parts(birthDate);
  const d = parts(date);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/** -1, 0 or 1; fixed-width ISO dates order the same as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parts(date: IsoDate) {
  const p = splitIsoDate(date);
  if (!p) throw new RangeError("Not an ISO calendar date");
  return p;
}

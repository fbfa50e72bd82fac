import { daysInMonth, formatParts, type IsoDate, splitIsoDate } from "./iso-date";

/** The last day of the month the date lies in. */
export function monthEnd(date: IsoDate): IsoDate {
  const p = splitIsoDate(date);
  if (!p) throw new RangeError("Not an ISO calendar date");
  return formatParts(p.year, p.month, daysInMonth(p.year, p.month));
}

/**
 * The last day of every month from `start`'s month while it is before
 * `asOf`, then `asOf` itself: the days a monthly trend is measured on.
 * Empty when asOf is before start.
 */
export function monthEndsUntil(start: IsoDate, asOf: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  if (asOf < start) return days;
  const p = splitIsoDate(start);
  if (!p) throw new RangeError("Not an ISO calendar date");
  let { year, month } = p;
  for (;;) {
    const last = formatParts(year, month, daysInMonth(year, month));
    if (last >= asOf) break;
    days.push(last);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  days.push(asOf);
  return days;
}

/**
 * Calendar arithmetic for the demo data, on day numbers (days since
 * 1970-01-01, UTC). Kept local so the seed depends on nothing but dates as strings.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not an ISO date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A timestamp on `date` at the given local office hour (fixed +01:00, deterministic). */
export function timestampOn(date: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return new Date(`${date}T${hh}:${mm}:00+01:00`);
}

const holidayCache = new Map<number, Set<number>>();

/** Swedish public holidays and the eves offices close on (midsommar-, jul-, nyårsafton). */
export function holidaysOf(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (month: number, day: number) =>
    Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  const easter = easterSunday(year);
  // Midsommarafton: the Friday between 19 and 25 June.
  let midsummerEve = fixed(6, 19);
  while (weekday(midsummerEve) !== 4) midsummerEve++;
  const days = new Set<number>([
    fixed(1, 1),
    fixed(1, 6),
    easter - 2,
    easter + 1,
    fixed(5, 1),
    easter + 39,
    fixed(6, 6),
    midsummerEve,
    fixed(12, 24),
    fixed(12, 25),
    fixed(12, 26),
    fixed(12, 31),
  ]);
  holidayCache.set(year, days);
  return days;
}

/** True on Monday–Friday that are not public holidays. */
export function isWorkingDay(day: number): boolean {
  if (weekday(day) >= 5) return false;
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  return !holidaysOf(year).has(day);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string): string {
  let day = dayNumber(date);
  while (!isWorkingDay(day)) day++;
  return isoDate(day);
}

/** The last working day on or before `date`. */
export function previousWorkingDay(date: string): string {
  let day = dayNumber(date);
  while (!isWorkingDay(day)) day--;
  return isoDate(day);
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher); returns a day number.
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

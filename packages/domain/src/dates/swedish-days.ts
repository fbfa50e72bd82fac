import { fromDayNumber, type IsoDate, toDayNumber } from "./iso-date";

/** The time zone every "today" of the platform is taken in. */
export const PLATFORM_TIME_ZONE = "Europe/Stockholm";

const stockholmDay = new Intl.DateTimeFormat("sv-SE", {
  timeZone: PLATFORM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date in Sweden at an instant. The instant is an argument (the
 * domain reads no clock); 23:30 UTC on 31 December is already 1 January here.
 */
export function swedishDate(instant: Date): IsoDate {
  const parts = Object.fromEntries(
    stockholmDay.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const holidayCache = new Map<number, Set<number>>();

/** Swedish public holidays and the eves offices close on (midsommar-, jul-, nyårsafton). */
export function swedishHolidayDayNumbers(year: number): ReadonlySet<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (month: number, day: number) =>
    toDayNumber(`${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`);
  const easter = easterSunday(year);
  // Midsommarafton: the Friday between 19 and 25 June.
  let midsummerEve = fixed(6, 19);
  while (weekdayOfDayNumber(midsummerEve) !== 4) midsummerEve++;
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

/** Monday = 0 … Sunday = 6 of a day number (days since 1970-01-01, a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** True on Monday–Friday that are not Swedish public holidays. */
export function isSwedishWorkingDay(date: IsoDate): boolean {
  const day = toDayNumber(date);
  if (weekdayOfDayNumber(day) >= 5) return false;
  return !swedishHolidayDayNumbers(Number(date.slice(0, 4))).has(day);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = toDayNumber(date);
  while (!isSwedishWorkingDay(fromDayNumber(day))) day++;
  return fromDayNumber(day);
}

/** The last working day on or before `date`. */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let day = toDayNumber(date);
  while (!isSwedishWorkingDay(fromDayNumber(day))) day--;
  return fromDayNumber(day);
}

const pad = (n: number) => String(n).padStart(2, "0");

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
  return toDayNumber(`${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`);
}

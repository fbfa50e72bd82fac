import { addDays, isoWeekStart } from "@opis/domain";

/** The ISO week number of a date (week 1 holds the year's first Thursday). */
export function isoWeekNumber(date: string): number {
  const monday = isoWeekStart(date);
  const thursday = addDays(monday, 3);
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  const days = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${yearStart}T00:00:00Z`)) / 86_400_000,
  );
  return Math.floor(days / 7) + 1;
}

/** The Monday a URL segment names, or null when it is not a date. */
export function weekStartFrom(value: string | undefined, today: string): string | null {
  if (value === undefined || value === "") return isoWeekStart(today);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return null;
  }
  return isoWeekStart(value);
}

/** A short weekday name in the UI's language: "mån", "Mon". */
export function weekdayName(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    weekday: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

import { swedishDate } from "@opis/domain";

/** Swedish formats for numbers and dates, with Intl sv-SE: `1 234`, `12,5`, `80 %`, `2026-11-23`, `14:05`. */
const LOCALE = "sv-SE";

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: "2-digit", minute: "2-digit" });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `1 234`; `12,5` for decimals (at most one decimal unless told otherwise). */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (fractionDigits !== undefined) {
    return new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  }
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** A share between 0 and 1 as `80 %` (one decimal at most: `12,5 %`). */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

/** `2026-11-23`. ISO calendar dates pass through untouched (no time-zone shift). */
export function formatDate(value: string | Date): string {
  if (typeof value === "string" && ISO_DATE.test(value)) return value;
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

/** `14:05`, in the browser's time zone. */
export function formatTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? "" : timeFormat.format(date);
}

/** Today's calendar date in Sweden, as the server counts days (`YYYY-MM-DD`). */
export function todayIsoDate(now: Date = new Date()): string {
  return swedishDate(now);
}

/**
 * Reads a number written the Swedish way ("12,5", "1 234") or the English way.
 * Empty text gives undefined; anything else unreadable gives NaN, so a schema can reject it.
 */
export function parseLocaleNumber(text: unknown): number | undefined {
  if (typeof text === "number") return text;
  if (typeof text !== "string") return undefined;
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (cleaned === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

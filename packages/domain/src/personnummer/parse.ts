import { formatParts, type IsoDate, isRealDate, splitIsoDate } from "../dates/iso-date";
import type { LegalGender } from "../vocabularies/gender";
import { luhnCheckDigit } from "./luhn";

export const PERSONAL_IDENTITY_NUMBER_ERRORS = [
  "empty",
  "format",
  "date",
  "checksum",
  "future",
] as const;
export type PersonalIdentityNumberError = (typeof PERSONAL_IDENTITY_NUMBER_ERRORS)[number];

export type PersonalIdentityNumberKind = "personnummer" | "samordningsnummer";

export interface PersonalIdentityNumber {
  kind: PersonalIdentityNumberKind;
  /** YYYYMMDDNNNC; for a samordningsnummer DD is the day + 60, as issued. */
  canonical: string;
  birthDate: IsoDate;
  legalGender: LegalGender;
}

export type PersonalIdentityNumberResult =
  | { ok: true; value: PersonalIdentityNumber }
  | { ok: false; error: PersonalIdentityNumberError };

// 12 digits (optional "-") or 10 digits (optional "-" or "+").
const TWELVE = /^(\d{4})(\d{2})(\d{2})-?(\d{3})(\d)$/;
const TEN = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;
const SAMORDNING_DAY_OFFSET = 60;

/**
 * Parses a personnummer or samordningsnummer. Checks run in a fixed order —
 * format, date, checksum, future — so each input has exactly one error code.
 * `asOf` gives the century of 10-digit forms and rejects births after it.
 * Samordningsnummer with month 00 or day 60 (unknown birth date, present in
 * Skatteverket's test data) are rejected as "date": the platform needs a birth date.
 */
export function parsePersonalIdentityNumber(
  input: string,
  asOf: IsoDate,
): PersonalIdentityNumberResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: "empty" };
  const asOfParts = splitIsoDate(asOf);
  if (!asOfParts) return { ok: false, error: "date" };

  let year: number;
  let monthText: string;
  let dayText: string;
  let serial: string;
  let check: string;
  const twelve = TWELVE.exec(text);
  const ten = twelve ? null : TEN.exec(text);
  if (twelve) {
    year = Number(twelve[1]);
    [monthText, dayText, serial, check] = [twelve[2]!, twelve[3]!, twelve[4]!, twelve[5]!];
  } else if (ten) {
    const yy = Number(ten[1]);
    // Latest year not after asOf's year ending in yy; "+" means 100 years earlier.
    const underHundred = asOfParts.year - ((((asOfParts.year - yy) % 100) + 100) % 100);
    year = ten[4] === "+" ? underHundred - 100 : underHundred;
    [monthText, dayText, serial, check] = [ten[2]!, ten[3]!, ten[5]!, ten[6]!];
  } else {
    return { ok: false, error: "format" };
  }

  const month = Number(monthText);
  const rawDay = Number(dayText);
  const kind: PersonalIdentityNumberKind =
    rawDay > SAMORDNING_DAY_OFFSET ? "samordningsnummer" : "personnummer";
  const day = kind === "samordningsnummer" ? rawDay - SAMORDNING_DAY_OFFSET : rawDay;
  if (!isRealDate(year, month, day)) return { ok: false, error: "date" };

  const yymmdd = `${String(year % 100).padStart(2, "0")}${monthText}${dayText}`;
  if (luhnCheckDigit(`${yymmdd}${serial}`) !== Number(check)) {
    return { ok: false, error: "checksum" };
  }

  const birthDate = formatParts(year, month, day);
  if (birthDate > asOf) return { ok: false, error: "future" };

  return {
    ok: true,
    value: {
      kind,
      canonical: `${String(year).padStart(4, "0")}${monthText}${dayText}${serial}${check}`,
      birthDate,
      legalGender: Number(serial[2]) % 2 === 1 ? "man" : "woman",
    },
  };
}

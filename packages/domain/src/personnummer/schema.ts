import { z } from "zod";
import type { IsoDate } from "../dates/iso-date";
import type { ValidationMessageKey } from "../validation/message-keys";
import { type PersonalIdentityNumberError, parsePersonalIdentityNumber } from "./parse";

const MESSAGE_KEYS = {
  empty: "validation.personnummer.empty",
  format: "validation.personnummer.format",
  date: "validation.personnummer.date",
  checksum: "validation.personnummer.checksum",
  future: "validation.personnummer.future",
} as const satisfies Record<PersonalIdentityNumberError, ValidationMessageKey>;

/**
 * A zod schema that accepts any written form and outputs the canonical
 * 12-digit string. The issue message is the error's message key; the input is
 * never copied into the issue.
 */
export function personalIdentityNumberSchema(asOf: IsoDate) {
  return z.string({ error: MESSAGE_KEYS.empty }).transform((input, ctx) => {
    const result = parsePersonalIdentityNumber(input, asOf);
    if (result.ok) return result.value.canonical;
    ctx.issues.push({ code: "custom", message: MESSAGE_KEYS[result.error], input: "" });
    return z.NEVER;
  });
}

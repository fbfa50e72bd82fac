import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { luhnCheckDigit } from "../personnummer/luhn";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";

const optionalText = (max: number) => textSchema().trim().max(max).nullable();

/** An employer in a municipality's register (for internships and job matching). */
export const EmployerInputSchema = z.object({
  name: textSchema()
    .trim()
    .min(1, { error: "validation.employer.name.required" })
    .max(200, { error: "validation.employer.name.tooLong" }),
  organisationNumber: z
    .string()
    .trim()
    .regex(/^\d{6}-?\d{4}$/, { error: "validation.employer.organisationNumber.format" })
    .refine(isValidOrganisationNumber, { error: "validation.employer.organisationNumber.checksum" })
    .nullable(),
  industry: optionalText(200),
  contactName: optionalText(200),
  contactPhone: textSchema()
    .trim()
    .max(50, { error: "validation.employer.contactPhone.format" })
    .refine(isPlausiblePhoneNumber, { error: "validation.employer.contactPhone.format" })
    .nullable(),
  contactEmail: z
    .string()
    .trim()
    .pipe(z.email({ error: "validation.employer.contactEmail.format" }))
    .nullable(),
});
export type EmployerInput = z.infer<typeof EmployerInputSchema>;

/**
 * An organisation number (organisationsnummer): ten digits whose last is the
 * same Luhn check digit as a personal identity number's. A sole trader's is
 * their personal number, which passes the same check.
 */
export function isValidOrganisationNumber(value: string): boolean {
  const digits = value.replace("-", "");
  if (!/^\d{10}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Digits with the usual separators (+46 70-123 45 67, 0480-45 00 00): 6 to 15 digits. */
export function isPlausiblePhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s\-()]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

/** A name as people mean it: case, accents, punctuation and the company form ignored. */
export function employerNameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(ab|aktiebolag|hb|kb|ek\s*for|ekonomisk forening)\b/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

/**
 * The register's employers that are probably the same as `candidate`: the same
 * organisation number, or the same name once case, accents and "AB" are set aside.
 * A warning, not a refusal: two branches may share a name.
 */
export function likelyDuplicateEmployers<
  T extends { id: string; name: string; organisationNumber: string | null },
>(
  candidate: { name: string; organisationNumber: string | null },
  register: readonly T[],
  ignoreId?: string,
): T[] {
  const key = employerNameKey(candidate.name);
  const org = candidate.organisationNumber?.replace("-", "") ?? null;
  return register.filter(
    (e) =>
      e.id !== ignoreId &&
      ((key !== "" && employerNameKey(e.name) === key) ||
        (org !== null && e.organisationNumber?.replace("-", "") === org)),
  );
}

export const EMPLOYER_CONTACT_CHANNELS = ["visit", "phone", "email", "meeting", "other"] as const;

/** One contact with an employer: who, when, what (the job-seeker pilot's log). */
export const EmployerContactInputSchema = z.object({
  contactedOn: IsoDateSchema,
  channel: z.enum(EMPLOYER_CONTACT_CHANNELS),
  summary: textSchema({ multiline: true })
    .trim()
    .min(1, { error: "validation.employer.contact.summary.required" })
    .max(2000, { error: "validation.employer.contact.summary.tooLong" }),
  /** The participant the contact was about, if any. */
  enrolmentId: z.uuid().nullable(),
});
export type EmployerContactInput = z.infer<typeof EmployerContactInputSchema>;

/** The warning a likely duplicate raises on the name field, until the user confirms. */
export function employerDuplicateWarnings(
  candidate: { name: string; organisationNumber: string | null },
  register: readonly { id: string; name: string; organisationNumber: string | null }[],
  ignoreId?: string,
): ValidationMessageKey[] {
  return likelyDuplicateEmployers(candidate, register, ignoreId).length > 0
    ? ["validation.employer.name.duplicate"]
    : [];
}

import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";

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
    .nullable(),
  industry: optionalText(200),
  contactName: optionalText(200),
  contactPhone: optionalText(50),
  contactEmail: z.email({ error: "validation.employer.contactEmail.format" }).nullable(),
});
export type EmployerInput = z.infer<typeof EmployerInputSchema>;

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

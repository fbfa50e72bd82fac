import { z } from "zod";

/**
 * Gender as ESF+ reporting counts it. Swedish law knows only two legal genders
 * (read from the personnummer), so OPIS records woman or man; "nonBinary" exists
 * because ESF+ common indicators allow it where national law does.
 */
export const GENDERS = ["woman", "man", "nonBinary"] as const;
export const GenderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof GenderSchema>;

/** The legal genders a Swedish personal identity number encodes. */
export const LEGAL_GENDERS = ["woman", "man"] as const satisfies readonly Gender[];
export type LegalGender = (typeof LEGAL_GENDERS)[number];

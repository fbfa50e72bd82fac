import { z } from "zod";
import { PersonNameSchema } from "../case/person-name";
import { textSchema } from "../text/text-schema";

/**
 * A correction of a person's name or personal identity number (GDPR art. 16). The
 * number is checked by the caller against today (personalIdentityNumberSchema); the old
 * values are kept with the reason.
 */
export const PersonCorrectionSchema = z
  .object({
    givenName: PersonNameSchema.shape.givenName.optional(),
    familyName: PersonNameSchema.shape.familyName.optional(),
    personalIdentityNumber: z.string().max(20).optional(),
    reason: textSchema({ multiline: true, typeError: "validation.correction.reason.required" })
      .trim()
      .min(5, { error: "validation.correction.reason.required" })
      .max(500, { error: "validation.correction.reason.tooLong" }),
  })
  .refine(
    (c) =>
      c.givenName !== undefined ||
      c.familyName !== undefined ||
      c.personalIdentityNumber !== undefined,
    { error: "validation.correction.nothingToCorrect", path: ["givenName"] },
  );
export type PersonCorrection = z.infer<typeof PersonCorrectionSchema>;

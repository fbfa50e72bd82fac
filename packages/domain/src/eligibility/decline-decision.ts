import { z } from "zod";
import { textSchema } from "../text/text-schema";
import { DeclinedReasonSchema } from "../vocabularies/decline";

/** The decision not to enrol a person after intake. "other" needs a note. */
export const DeclineDecisionSchema = z
  .object({
    reason: DeclinedReasonSchema,
    note: textSchema({ multiline: true })
      .trim()
      .max(2000, { error: "validation.decline.note.tooLong" })
      .optional(),
  })
  .refine((d) => d.reason !== "other" || (d.note ?? "") !== "", {
    error: "validation.decline.note.required",
    path: ["note"],
  });
export type DeclineDecision = z.infer<typeof DeclineDecisionSchema>;

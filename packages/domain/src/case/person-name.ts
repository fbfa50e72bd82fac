import { z } from "zod";
import { textSchema } from "../text/text-schema";

/** A person's name as registered at intake; both parts are required. */
export const PersonNameSchema = z.object({
  givenName: textSchema({ typeError: "validation.person.givenName.required" })
    .trim()
    .min(1, { error: "validation.person.givenName.required" })
    .max(100, { error: "validation.person.givenName.tooLong" }),
  familyName: textSchema({ typeError: "validation.person.familyName.required" })
    .trim()
    .min(1, { error: "validation.person.familyName.required" })
    .max(100, { error: "validation.person.familyName.tooLong" }),
});
export type PersonName = z.infer<typeof PersonNameSchema>;

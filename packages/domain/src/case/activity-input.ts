import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";
import { ActivityTypeSchema } from "../vocabularies/activity";

/**
 * An activity (insats) as registered by a coordinator or officer. Validation
 * records the module and whether a certificate was issued; an internship
 * names its employer from the employer register.
 */
export const ActivityInputSchema = z
  .object({
    type: ActivityTypeSchema,
    title: textSchema()
      .trim()
      .min(1, { error: "validation.activity.title.required" })
      .max(200, { error: "validation.activity.title.tooLong" }),
    provider: textSchema().trim().max(200).nullable(),
    employerId: z.uuid().nullable(),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable(),
    hoursPerWeek: z
      .number({ error: "validation.activity.hoursPerWeek.invalid" })
      .min(0, { error: "validation.activity.hoursPerWeek.range" })
      .max(40, { error: "validation.activity.hoursPerWeek.range" }),
    planItemId: textSchema().max(40).nullable(),
    validationModule: textSchema().trim().max(200).nullable(),
    certificateIssued: z.boolean().nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.endDate !== null && a.endDate < a.startDate) {
      ctx.addIssue({
        code: "custom",
        message: "validation.activity.endDate.beforeStart",
        path: ["endDate"],
      });
    }
    if (a.type === "validation" && !a.validationModule) {
      ctx.addIssue({
        code: "custom",
        message: "validation.activity.validationModule.required",
        path: ["validationModule"],
      });
    }
    if (a.type === "internship" && a.employerId === null) {
      ctx.addIssue({
        code: "custom",
        message: "validation.activity.employerId.required",
        path: ["employerId"],
      });
    }
  });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

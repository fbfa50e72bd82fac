import { z } from "zod";
import { type IsoDate, IsoDateSchema } from "../dates/iso-date";
import type { ValidationMessageKey } from "../validation/message-keys";
import { CorrectionReasonSchema } from "./correction";

/**
 * The participant's work availability (arbetsutbud): the share of full time they
 * take part for, and the last day it lasts when AF has decided it ends (null:
 * open-ended). Everyone takes part for all of it, for as long as they have one.
 */
export const WorkAvailabilitySchema = z.object({
  percent: z
    .int({ error: "validation.workAvailability.percent.invalid" })
    .min(1, { error: "validation.workAvailability.percent.range" })
    .max(100, { error: "validation.workAvailability.percent.range" }),
  until: IsoDateSchema.nullable(),
});
export type WorkAvailability = z.infer<typeof WorkAvailabilitySchema>;

/**
 * A change of the work availability on an active participation: the API's input.
 * A new percent corrects the saved figure the attendance plan rests on, so it
 * carries a reason (ADR 0021); a date alone is new information and needs none.
 */
export const WorkAvailabilityChangeSchema = WorkAvailabilitySchema.extend({
  reason: CorrectionReasonSchema.optional(),
});
export type WorkAvailabilityChange = z.infer<typeof WorkAvailabilityChangeSchema>;

export interface WorkAvailabilityFieldError {
  field: keyof WorkAvailabilityChange;
  messageKey: ValidationMessageKey;
}

/**
 * Checks a change against the participation: the availability cannot end before
 * the participation began, and a changed percent says why.
 */
export function validateWorkAvailabilityChange(
  change: WorkAvailabilityChange,
  context: { startDate: IsoDate; previous: WorkAvailability },
): WorkAvailabilityFieldError[] {
  const errors: WorkAvailabilityFieldError[] = [];
  if (change.until !== null && change.until < context.startDate) {
    errors.push({ field: "until", messageKey: "validation.workAvailability.until.beforeStart" });
  }
  if (change.percent !== context.previous.percent && !change.reason) {
    errors.push({ field: "reason", messageKey: "validation.recordCorrection.reason.required" });
  }
  return errors;
}

/**
 * The schema behind the form: the change's fields and the participation's rules
 * in one, so the form shows the same field errors the API would answer with.
 */
export function workAvailabilityChangeSchemaFor(context: {
  startDate: IsoDate;
  previous: WorkAvailability;
}) {
  return WorkAvailabilityChangeSchema.superRefine((change, issues) => {
    for (const error of validateWorkAvailabilityChange(change, context)) {
      issues.addIssue({ code: "custom", path: [error.field], message: error.messageKey });
    }
  });
}

import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import { ExitReasonSchema, ExitStatusSchema } from "../vocabularies/exit";

/**
 * The end of a participation, with what ESF+ reporting needs about the day of
 * leaving (Regulation (EU) 2021/1057, Annex I, immediate result indicators):
 * the status (employed, studies, job seeking …) and whether a qualification
 * was gained.
 */
export const ExitRecordSchema = z.object({
  exitDate: IsoDateSchema,
  reason: ExitReasonSchema,
  status: ExitStatusSchema,
  gainedQualification: z.boolean({ error: "validation.exit.gainedQualification.required" }),
  note: textSchema({ multiline: true })
    .trim()
    .max(2000, { error: "validation.exit.note.tooLong" })
    .optional(),
});
export type ExitRecord = z.infer<typeof ExitRecordSchema>;

export interface ExitFieldError {
  field: keyof ExitRecord;
  messageKey: ValidationMessageKey;
}

/**
 * Checks an exit against the participation: it cannot end before it began or
 * in the future, and an exit for work must say the person is working.
 */
export function validateExit(
  exit: ExitRecord,
  context: { startDate: string; today: string },
): ExitFieldError[] {
  const errors: ExitFieldError[] = [];
  if (exit.exitDate < context.startDate) {
    errors.push({ field: "exitDate", messageKey: "validation.exit.exitDate.beforeStart" });
  }
  if (exit.exitDate > context.today) {
    errors.push({ field: "exitDate", messageKey: "validation.exit.exitDate.future" });
  }
  const impliedStatus: Partial<Record<ExitRecord["reason"], readonly ExitRecord["status"][]>> = {
    droppedOutWork: ["employed", "ownBusiness", "apprenticeship"],
    droppedOutStudies: ["studies"],
  };
  const allowed = impliedStatus[exit.reason];
  if (allowed && !allowed.includes(exit.status)) {
    errors.push({ field: "status", messageKey: "validation.exit.status.contradictsReason" });
  }
  return errors;
}

import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import {
  exitStatusCategoriesOf,
  exitStatusCategory,
  type HasCategories,
} from "../projects/categories";
import { DefinitionIdSchema } from "../projects/localized-text";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import { ExitReasonSchema } from "../vocabularies/exit";

/**
 * The end of a participation, with what ESF+ reporting needs about the day of
 * leaving (Regulation (EU) 2021/1057, Annex I, immediate result indicators):
 * the status (employed, studies, job seeking …) and whether a qualification
 * was gained.
 */
const exitRecordWith = <S extends z.ZodType<string>>(status: S) =>
  z.object({
    exitDate: IsoDateSchema,
    reason: ExitReasonSchema,
    status,
    gainedQualification: z.boolean({ error: "validation.exit.gainedQualification.required" }),
    note: textSchema({ multiline: true })
      .trim()
      .max(2000, { error: "validation.exit.note.tooLong" })
      .optional(),
  });

/**
 * An exit whose status is one of the project's own status-at-exit categories:
 * the schema behind the exit form.
 */
export function exitRecordSchemaFor(project: HasCategories) {
  const ids = exitStatusCategoriesOf(project).map((c) => c.id) as [string, ...string[]];
  return exitRecordWith(z.enum(ids));
}

/** An exit under the platform's standard statuses at exit. */
export const ExitRecordSchema = exitRecordSchemaFor({ id: "standard" });

/**
 * An exit for any project: the API's input, checked against the participant's
 * project by validateExit once the project is known.
 */
export const ExitRecordInputSchema = exitRecordWith(DefinitionIdSchema);
export type ExitRecord = z.infer<typeof ExitRecordInputSchema>;

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
  context: { startDate: string; today: string; project?: HasCategories },
): ExitFieldError[] {
  const errors: ExitFieldError[] = [];
  if (exit.exitDate < context.startDate) {
    errors.push({ field: "exitDate", messageKey: "validation.exit.exitDate.beforeStart" });
  }
  if (exit.exitDate > context.today) {
    errors.push({ field: "exitDate", messageKey: "validation.exit.exitDate.future" });
  }
  const category = exitStatusCategory(context.project ?? { id: "standard" }, exit.status);
  if (!category) {
    errors.push({ field: "status", messageKey: "validation.exit.status.notInProject" });
    return errors;
  }
  // Leaving for work means a status that counts as work; for studies, one that counts as studies.
  const implied = { droppedOutWork: "work", droppedOutStudies: "studies" } as const;
  const needed = implied[exit.reason as keyof typeof implied];
  if (needed && category.counts !== needed) {
    errors.push({ field: "status", messageKey: "validation.exit.status.contradictsReason" });
  }
  return errors;
}

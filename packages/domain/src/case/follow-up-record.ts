import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import {
  followUpOutcomeCategoriesOf,
  followUpOutcomeCategory,
  type HasCategories,
} from "../projects/categories";
import { DefinitionIdSchema } from "../projects/localized-text";
import type { ValidationMessageKey } from "../validation/message-keys";
import { FollowUpSourceSchema } from "../vocabularies/follow-up";

/** What was found at a follow-up (e.g. 90 days after exit), from which source, on which day. */
const followUpRecordWith = <S extends z.ZodType<string>>(outcome: S) =>
  z.object({
    outcome,
    source: FollowUpSourceSchema,
    /** The day the information was obtained; decides whether it lies in the window. */
    recordedOn: IsoDateSchema,
  });

/** A follow-up whose outcome is one of the project's own categories: the form's schema. */
export function followUpRecordSchemaFor(project: HasCategories) {
  const ids = followUpOutcomeCategoriesOf(project).map((c) => c.id) as [string, ...string[]];
  return followUpRecordWith(z.enum(ids));
}

/** A follow-up under the platform's standard outcomes. */
export const FollowUpRecordSchema = followUpRecordSchemaFor({ id: "standard" });

/** A follow-up for any project: the API's input, checked by validateFollowUpRecord. */
export const FollowUpRecordInputSchema = followUpRecordWith(DefinitionIdSchema);
export type FollowUpRecord = z.infer<typeof FollowUpRecordInputSchema>;

/** A follow-up cannot be recorded before the exit it follows, nor in the future. */
export function validateFollowUpRecord(
  record: FollowUpRecord,
  context: { exitDate: string; today: string; project?: HasCategories },
): { field: keyof FollowUpRecord; messageKey: ValidationMessageKey }[] {
  if (!followUpOutcomeCategory(context.project ?? { id: "standard" }, record.outcome)) {
    return [{ field: "outcome", messageKey: "validation.followUp.outcome.notInProject" }];
  }
  if (record.recordedOn > context.today) {
    return [{ field: "recordedOn", messageKey: "validation.followUp.recordedOn.future" }];
  }
  if (record.recordedOn < context.exitDate) {
    return [{ field: "recordedOn", messageKey: "validation.followUp.recordedOn.beforeExit" }];
  }
  return [];
}

/**
 * A follow-up recorded outside its window counts differently in the goals, so
 * it is saved only after the user confirms; until then this is its warning.
 */
export function followUpWindowWarnings(
  recordedOn: string,
  window: { opensOn: string; closesOn: string },
  confirmed: boolean,
): ValidationMessageKey[] {
  const inside = recordedOn >= window.opensOn && recordedOn <= window.closesOn;
  return inside || confirmed ? [] : ["validation.followUp.recordedOn.outsideWindow"];
}

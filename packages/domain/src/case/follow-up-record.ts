import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import type { ValidationMessageKey } from "../validation/message-keys";
import { FollowUpOutcomeSchema, FollowUpSourceSchema } from "../vocabularies/follow-up";

/** What was found at a follow-up (e.g. 90 days after exit), from which source, on which day. */
export const FollowUpRecordSchema = z.object({
  outcome: FollowUpOutcomeSchema,
  source: FollowUpSourceSchema,
  /** The day the information was obtained; decides whether it lies in the window. */
  recordedOn: IsoDateSchema,
});
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

/** A follow-up cannot be recorded before the exit it follows, nor in the future. */
export function validateFollowUpRecord(
  record: FollowUpRecord,
  context: { exitDate: string; today: string },
): { field: keyof FollowUpRecord; messageKey: ValidationMessageKey }[] {
  if (record.recordedOn > context.today) {
    return [{ field: "recordedOn", messageKey: "validation.followUp.recordedOn.future" }];
  }
  if (record.recordedOn < context.exitDate) {
    return [{ field: "recordedOn", messageKey: "validation.followUp.recordedOn.beforeExit" }];
  }
  return [];
}

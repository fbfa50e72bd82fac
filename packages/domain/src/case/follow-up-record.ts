import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { FollowUpOutcomeSchema, FollowUpSourceSchema } from "../vocabularies/follow-up";

/** What was found at a follow-up (e.g. 90 days after exit), from which source, on which day. */
export const FollowUpRecordSchema = z.object({
  outcome: FollowUpOutcomeSchema,
  source: FollowUpSourceSchema,
  /** The day the information was obtained; decides whether it lies in the window. */
  recordedOn: IsoDateSchema,
});
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

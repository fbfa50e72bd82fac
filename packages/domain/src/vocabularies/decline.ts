import { z } from "zod";

/** Why an intake did not lead to enrolment. */
export const DECLINED_REASONS = [
  "notInTargetGroup", // does not meet a required target-group rule
  "participantDeclined", // the person chose not to take part
  "cannotParticipateOnSite",
  "noWorkAvailability",
  "otherSupportMoreSuitable",
  "movedAway",
  "projectFull",
  "other",
] as const;
export const DeclinedReasonSchema = z.enum(DECLINED_REASONS, {
  error: "validation.decline.reason.invalid",
});
export type DeclinedReason = z.infer<typeof DeclinedReasonSchema>;

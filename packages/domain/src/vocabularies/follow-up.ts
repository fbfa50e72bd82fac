import { z } from "zod";

/**
 * Outcome categories at the follow-up after exit (e.g. 90 days). Which of them
 * count as "work or studies" is a project's decision, in its goal definition.
 */
export const FOLLOW_UP_OUTCOMES = [
  "unsubsidisedWork",
  "subsidisedWork",
  "ownBusiness",
  "jobbspar",
  "regularStudies", // including folkhögskola
  "labourMarketTraining", // arbetsmarknadsutbildning
  "other",
  "unknown",
] as const;
export const FollowUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcomeSchema>;

/** Where the follow-up information came from. */
export const FOLLOW_UP_SOURCES = ["afRegister", "participantContact", "employerContact"] as const;
export const FollowUpSourceSchema = z.enum(FOLLOW_UP_SOURCES);
export type FollowUpSource = z.infer<typeof FollowUpSourceSchema>;

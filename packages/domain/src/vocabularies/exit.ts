import { z } from "zod";

/** Why a participation ended (avslut or avbrott). */
export const EXIT_REASONS = [
  "completed",
  "droppedOutWork",
  "droppedOutStudies",
  "droppedOutIllness",
  "droppedOutMoving",
  "droppedOutOtherKnown",
  "droppedOutUnknown",
] as const;
export const ExitReasonSchema = z.enum(EXIT_REASONS);
export type ExitReason = z.infer<typeof ExitReasonSchema>;

export function isCompletion(reason: ExitReason): boolean {
  return reason === "completed";
}

/** The participant's situation on the day of exit (status vid avslut). */
export const EXIT_STATUSES = [
  "employed",
  "ownBusiness",
  "studies",
  "apprenticeship",
  "internship",
  "jobSeeking",
  "other",
] as const;
export const ExitStatusSchema = z.enum(EXIT_STATUSES);
export type ExitStatus = z.infer<typeof ExitStatusSchema>;

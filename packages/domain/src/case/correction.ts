import { z } from "zod";
import { textSchema } from "../text/text-schema";

/** The records a caseworker can correct or withdraw after saving them. */
export const CORRECTABLE_RECORDS = [
  "attendance",
  "assessment",
  "activity",
  "exit",
  "followUp",
  "workAvailability",
] as const;
export const CorrectableRecordSchema = z.enum(CORRECTABLE_RECORDS);
export type CorrectableRecord = z.infer<typeof CorrectableRecordSchema>;

/** corrected: a new value replaces the old; withdrawn: the record should never have been made. */
export const CORRECTION_ACTIONS = ["corrected", "withdrawn"] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

export const CORRECTION_REASON_MAX = 500;

/**
 * Why a saved record changes: mandatory, so that the history says why the
 * figure a report once showed is no longer the figure.
 */
export const CorrectionReasonSchema = textSchema({ multiline: true })
  .trim()
  .min(1, { error: "validation.recordCorrection.reason.required" })
  .max(CORRECTION_REASON_MAX, { error: "validation.recordCorrection.reason.tooLong" });

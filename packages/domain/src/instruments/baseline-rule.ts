import type { ValidationMessageKey } from "../validation/message-keys";
import type { AssessmentPhase } from "./instrument";

/**
 * One baseline per instrument and participant: a second "at start" sitting
 * months later would silently replace the start value progression is measured
 * from. `ignoreId` lets a correction of the baseline itself pass.
 */
export function validateSingleBaseline(
  record: { instrumentId: string; phase: AssessmentPhase },
  existing: readonly { id: string; instrumentId: string; phase: AssessmentPhase }[],
  ignoreId?: string,
): ValidationMessageKey[] {
  if (record.phase !== "baseline") return [];
  const clash = existing.some(
    (a) => a.id !== ignoreId && a.instrumentId === record.instrumentId && a.phase === "baseline",
  );
  return clash ? ["validation.assessment.phase.baselineExists"] : [];
}

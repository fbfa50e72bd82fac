import type { ValidationMessageKey } from "../validation/message-keys";
import type { Assessment } from "./assessment";
import { type Instrument, instrumentRange } from "./instrument";

/**
 * Checks an assessment against its instrument (value range, area, phase).
 * Returns message keys; empty when valid.
 */
export function validateAssessment(
  instrument: Instrument,
  assessment: Assessment,
): ValidationMessageKey[] {
  const errors: ValidationMessageKey[] = [];
  if (assessment.instrumentId !== instrument.id)
    errors.push("validation.assessment.instrument.mismatch");
  const { min, max } = instrumentRange(instrument);
  if (assessment.value < min || assessment.value > max)
    errors.push("validation.assessment.value.range");
  if (!instrument.phases.some((p) => p === assessment.phase)) {
    errors.push("validation.assessment.phase.notUsed");
  }
  if (instrument.kind === "lifeWheel") {
    if (!instrument.areas.some((a) => a.id === assessment.area)) {
      errors.push("validation.assessment.area.invalid");
    }
  } else if (assessment.area !== undefined) {
    errors.push("validation.assessment.area.invalid");
  }
  return errors;
}

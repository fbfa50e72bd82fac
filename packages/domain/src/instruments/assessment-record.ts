import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import type { Assessment } from "./assessment";
import { AssessmentPhaseSchema, type Instrument } from "./instrument";
import { validateAssessment } from "./validate-assessment";

/**
 * One sitting with an instrument as a user records it: a single value, or
 * a value per area for a life wheel. Stored as one row, counted per value.
 */
export const AssessmentRecordSchema = z.object({
  instrumentId: textSchema().min(1).max(60),
  phase: AssessmentPhaseSchema,
  assessedOn: IsoDateSchema,
  value: z.int({ error: "validation.assessment.value.invalid" }).nullable(),
  areaValues: z
    .record(textSchema().max(60), z.int({ error: "validation.assessment.value.invalid" }))
    .nullable(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

/** The record as the goal engine's single-value assessments. */
export function expandAssessmentRecord(record: AssessmentRecord): Assessment[] {
  const base = {
    instrumentId: record.instrumentId,
    phase: record.phase,
    assessedOn: record.assessedOn,
  };
  if (record.areaValues) {
    return Object.entries(record.areaValues).map(([area, value]) => ({ ...base, value, area }));
  }
  return record.value === null ? [] : [{ ...base, value: record.value }];
}

/**
 * Checks a record against its instrument: a life wheel needs every area, any
 * other instrument exactly one value; each value within the scale.
 */
export function validateAssessmentRecord(
  instrument: Instrument,
  record: AssessmentRecord,
): ValidationMessageKey[] {
  const errors = new Set<ValidationMessageKey>();
  if (instrument.kind === "lifeWheel") {
    const given = Object.keys(record.areaValues ?? {});
    if (record.value !== null || instrument.areas.some((a) => !given.includes(a.id))) {
      errors.add("validation.assessment.areas.incomplete");
    }
  } else if (record.value === null || record.areaValues !== null) {
    errors.add("validation.assessment.value.required");
  }
  for (const assessment of expandAssessmentRecord(record)) {
    for (const error of validateAssessment(instrument, assessment)) errors.add(error);
  }
  return [...errors];
}

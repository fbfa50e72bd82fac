import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { AssessmentPhaseSchema } from "./instrument";

/** One value recorded with an instrument: a step, a rating, or one life-wheel area's rating. */
export const AssessmentSchema = z.object({
  instrumentId: z.string().min(1),
  phase: AssessmentPhaseSchema,
  assessedOn: IsoDateSchema,
  value: z.int({ error: "validation.assessment.value.invalid" }),
  area: z.string().min(1).optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

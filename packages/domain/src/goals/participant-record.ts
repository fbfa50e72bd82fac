import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { AssessmentSchema } from "../instruments/assessment";
import { ObstaclesSchema } from "../intake/obstacles";
import { ExitReasonSchema } from "../vocabularies/exit";
import { GenderSchema } from "../vocabularies/gender";
import { MunicipalityCodeSchema } from "../vocabularies/municipalities";

/**
 * What the goal engine needs to know about one participant: pseudonymous, no
 * names or personal identity numbers. exit and followUp may be absent or null
 * (database rows give null).
 */
export const ParticipantRecordSchema = z.object({
  participantId: z.string().min(1),
  gender: GenderSchema,
  birthDate: IsoDateSchema,
  municipalityCode: MunicipalityCodeSchema,
  enrolledOn: IsoDateSchema,
  /** Obstacles at the start of participation (deriveObstacles at enrolment). */
  obstacles: ObstaclesSchema,
  priorityGroups: z.array(z.string()),
  /** status: one of the project's status-at-exit categories. */
  exit: z
    .object({ date: IsoDateSchema, reason: ExitReasonSchema, status: z.string().min(1) })
    .nullish(),
  /** outcome: one of the project's follow-up outcome categories. */
  followUp: z.object({ outcome: z.string().min(1), recordedOn: IsoDateSchema }).nullish(),
  assessments: z.array(AssessmentSchema),
});
export type ParticipantRecord = z.infer<typeof ParticipantRecordSchema>;

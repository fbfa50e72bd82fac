import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { AssessmentSchema } from "../instruments/assessment";
import { ObstaclesSchema } from "../intake/obstacles";
import { ExitReasonSchema, ExitStatusSchema } from "../vocabularies/exit";
import { FollowUpOutcomeSchema } from "../vocabularies/follow-up";
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
  exit: z
    .object({ date: IsoDateSchema, reason: ExitReasonSchema, status: ExitStatusSchema })
    .nullish(),
  followUp: z.object({ outcome: FollowUpOutcomeSchema, recordedOn: IsoDateSchema }).nullish(),
  assessments: z.array(AssessmentSchema),
});
export type ParticipantRecord = z.infer<typeof ParticipantRecordSchema>;

import type { ParticipantRecordRow } from "@opis/db";
import {
  ageBandOf,
  ageOn,
  isBornOutsideEurope,
  lowEducationOf,
  type ParticipantRecord,
} from "@opis/domain";

/** A database row as the goal engine's pseudonymous record, with the obstacles at start. */
export function toParticipantRecord(row: ParticipantRecordRow): ParticipantRecord {
  return {
    participantId: row.enrolmentId,
    gender: row.gender,
    birthDate: row.birthDate,
    municipalityCode: row.municipalityCode as ParticipantRecord["municipalityCode"],
    enrolledOn: row.startDate,
    obstacles: {
      disability: row.hasDisability,
      ageBand: ageBandOf(ageOn(row.birthDate, row.startDate)),
      bornOutsideEurope: row.birthRegion === null ? null : isBornOutsideEurope(row.birthRegion),
      lowEducation: lowEducationOf(row.educationLevel),
    },
    priorityGroups: row.priorityGroups,
    exit: row.exit,
    followUp: row.followUp,
    assessments: row.assessments,
  };
}

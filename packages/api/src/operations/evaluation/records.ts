import {
  type EnrolmentEvaluationFacts,
  type Executor,
  loadEvaluationRecordRows,
  loadParticipantRecordRows,
} from "@opis/db";
import {
  type BirthRegion,
  type EducationLevel,
  type EsfParticipant,
  type OutcomeGoalDefinition,
  outcomeGoalOf,
  outcomeGoalsOf,
  type ParticipantRecord,
  type ProjectDefinition,
} from "@opis/domain";
import { z } from "zod";
import { AppError } from "../../errors";
import { toParticipantRecord } from "../participant-record";

/** Suppression threshold per report: never below the AF default of 5. */
export const ThresholdSchema = z.number().int().min(5).max(100).default(5);

/** A participant record with the extra facts evaluation needs. Pseudonymous. */
export interface EvaluationRecord extends ParticipantRecord {
  /** null: not known (imported histories). */
  birthRegion: BirthRegion | null;
  educationLevel: EducationLevel;
  facts: EnrolmentEvaluationFacts;
}

// Always the whole project: published figures are computed from the whole
// population and protected together (ADR 0011), never from a filtered query.
const recordQuery = (project: ProjectDefinition) => ({
  projectId: project.id,
  // The record holds one follow-up: the first rule's (ADR 0023).
  followUpRuleId: project.followUpRules[0]?.id ?? "",
  instrumentIds: project.instruments.map((i) => i.id),
});

/**
 * The project's participants in the filter, as the goal engine reads them: for
 * the case-working side and the comparison.
 */
export async function loadParticipantRecords(
  db: Executor,
  options: { project: ProjectDefinition },
): Promise<ParticipantRecord[]> {
  const rows = await loadParticipantRecordRows(db, recordQuery(options.project));
  return rows.map(toParticipantRecord);
}

/**
 * The project's participants in the filter with their evaluation facts
 * (attendance, activities, registration): for success factors, matching and
 * exports and the publication.
 */
export async function loadEvaluationRecords(
  db: Executor,
  options: { project: ProjectDefinition },
): Promise<EvaluationRecord[]> {
  const rows = await loadEvaluationRecordRows(db, recordQuery(options.project));
  // Object.assign, not a spread: a million records make every copy count.
  return rows.map((r) =>
    Object.assign(toParticipantRecord(r), {
      birthRegion: r.birthRegion,
      educationLevel: r.educationLevel,
      facts: r.facts,
    }),
  );
}

/** A participant as the ESF+ indicators read them: the console's table and the managing authority's file. */
export function esfParticipantOf(record: EvaluationRecord): EsfParticipant {
  return {
    gender: record.gender,
    birthDate: record.birthDate,
    enrolledOn: record.enrolledOn,
    birthRegion: record.birthRegion,
    educationLevel: record.educationLevel,
    monthsRegisteredAtStart: record.facts.monthsRegisteredAtStart,
    disability: record.obstacles.disability,
    exit: record.exit ?? null,
    gainedQualification: record.facts.gainedQualification,
  };
}

/**
 * The outcome goal a report measures: the one named, or else the project's
 * first outcome goal (a follow-up or status-at-exit goal) in the definition's
 * order; null when the project has none. Reports name the goal they used.
 */
export function resolveOutcomeGoal(
  project: ProjectDefinition,
  goalId?: string | undefined,
): OutcomeGoalDefinition | null {
  if (goalId === undefined) return outcomeGoalsOf(project)[0] ?? null;
  const goal = outcomeGoalOf(project, goalId);
  if (!goal) {
    throw new AppError("VALIDATION", "errors.validation", {
      goalId: ["validation.report.goalId.notOutcomeGoal"],
    });
  }
  return goal;
}

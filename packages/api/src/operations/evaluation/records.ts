import {
  type EnrolmentEvaluationFacts,
  type Executor,
  loadEvaluationRecordRows,
  loadParticipantRecordRows,
} from "@opis/db";
import {
  type BirthRegion,
  type EducationLevel,
  type OutcomeGoalDefinition,
  outcomeGoalOf,
  outcomeGoalsOf,
  type ParticipantRecord,
  type ProjectDefinition,
} from "@opis/domain";
import { z } from "zod";
import { AppError } from "../../errors";
import { toParticipantRecord } from "../participant-record";

/** Filters applied to the participant records before anything is computed. */
export const StatisticsFilterSchema = z.object({
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  enrolledFrom: z.iso.date().optional(),
  enrolledTo: z.iso.date().optional(),
  priorityGroup: z.string().min(1).optional(),
});
export type StatisticsFilter = z.infer<typeof StatisticsFilterSchema>;

/** Suppression threshold per report: never below the AF default of 5. */
export const ThresholdSchema = z.number().int().min(5).max(100).default(5);

/** A participant record with the extra facts evaluation needs. Pseudonymous. */
export interface EvaluationRecord extends ParticipantRecord {
  /** null: not known (imported histories). */
  birthRegion: BirthRegion | null;
  educationLevel: EducationLevel;
  facts: EnrolmentEvaluationFacts;
}

const recordQuery = (project: ProjectDefinition, filter: StatisticsFilter | undefined) => ({
  projectId: project.id,
  ...filter,
  // The record holds one follow-up: the first rule's (ADR 0023).
  followUpRuleId: project.followUpRules[0]?.id ?? "",
  instrumentIds: project.instruments.map((i) => i.id),
});

/**
 * The project's participants in the filter, as the goal engine reads them: for
 * goals, trends and flows. The filter is applied by the database.
 */
export async function loadParticipantRecords(
  db: Executor,
  options: { project: ProjectDefinition; filter?: StatisticsFilter | undefined },
): Promise<ParticipantRecord[]> {
  const rows = await loadParticipantRecordRows(db, recordQuery(options.project, options.filter));
  return rows.map(toParticipantRecord);
}

/**
 * The project's participants in the filter with their evaluation facts
 * (attendance, activities, registration): for success factors, matching and
 * exports. The filter is applied by the database.
 */
export async function loadEvaluationRecords(
  db: Executor,
  options: { project: ProjectDefinition; filter?: StatisticsFilter | undefined },
): Promise<EvaluationRecord[]> {
  const rows = await loadEvaluationRecordRows(db, recordQuery(options.project, options.filter));
  // Object.assign, not a spread: a million records make every copy count.
  return rows.map((r) =>
    Object.assign(toParticipantRecord(r), {
      birthRegion: r.birthRegion,
      educationLevel: r.educationLevel,
      facts: r.facts,
    }),
  );
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

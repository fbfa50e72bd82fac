import {
  type EnrolmentEvaluationFacts,
  type Executor,
  loadEvaluationRecordRows,
  loadParticipantRecordRows,
} from "@opis/db";
import {
  type BirthRegion,
  classifyFollowUp,
  type EducationLevel,
  followUpWindow,
  isCompletion,
  type ParticipantRecord,
  type ProjectDefinition,
} from "@opis/domain";
import { z } from "zod";
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
  birthRegion: BirthRegion;
  educationLevel: EducationLevel;
  facts: EnrolmentEvaluationFacts;
}

const recordQuery = (project: ProjectDefinition, filter: StatisticsFilter | undefined) => ({
  projectId: project.id,
  ...filter,
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

/** The 90-day outcome of an exited participant on asOf, as the flows report it. */
export type OutcomeClass = "workOrStudies" | "other" | "missing" | "pending";

/** The project's work-or-studies goal (the 90-day follow-up goal), if it has one. */
export function followUpGoalOf(project: ProjectDefinition) {
  const goal = project.goals.find((g) => g.kind === "followUpOutcomeRate");
  return goal && goal.kind === "followUpOutcomeRate" ? goal : null;
}

/**
 * Classifies the 90-day outcome as the goal engine does, but for every exit
 * (the follow-up rule applies to all exits): success → work or studies,
 * failure → other; not yet due → pending; overdue or "unknown" → missing.
 */
export function classifyOutcome(
  project: ProjectDefinition,
  record: ParticipantRecord,
  asOf: string,
): OutcomeClass | null {
  const exit = record.exit && record.exit.date <= asOf ? record.exit : null;
  if (!exit) return null;
  const goal = followUpGoalOf(project);
  const rule = project.followUpRules.find((r) => r.id === goal?.followUpRuleId);
  if (!goal || !rule) return "missing";
  const followUp = record.followUp && record.followUp.recordedOn <= asOf ? record.followUp : null;
  const status = classifyFollowUp(rule, exit.date, followUp?.recordedOn, asOf);
  if (status === "notDue" || status === "due") return "pending";
  if (status === "overdue") return "missing";
  if (status === "recordedOutsideWindow") {
    return asOf <= followUpWindow(rule, exit.date).closesOn ? "pending" : "missing";
  }
  if (!followUp || followUp.outcome === "unknown") return "missing";
  return (goal.successOutcomes as readonly string[]).includes(followUp.outcome)
    ? "workOrStudies"
    : "other";
}

/**
 * A completer's known 90-day outcome, or null for anyone else: completers with
 * a known outcome are the population of goal 2 and of the comparison.
 */
export function measuredOutcome(
  project: ProjectDefinition,
  record: ParticipantRecord,
  asOf: string,
): "workOrStudies" | "other" | null {
  if (!record.exit || !isCompletion(record.exit.reason)) return null;
  const outcome = classifyOutcome(project, record, asOf);
  return outcome === "workOrStudies" || outcome === "other" ? outcome : null;
}

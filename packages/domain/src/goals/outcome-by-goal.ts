import type { IsoDate } from "../dates/iso-date";
import type { GoalDefinition, RateGoalDefinition } from "../projects/goal-definitions";
import type { ProjectDefinition } from "../projects/project-definition";
import { classifyParticipant } from "./classify-participant";
import type { ParticipantRecord } from "./participant-record";

/** A goal that measures an outcome: the status at exit, or the outcome at a follow-up. */
export type OutcomeGoalDefinition = Extract<
  RateGoalDefinition,
  { kind: "followUpOutcomeRate" | "exitStatusRate" }
>;

export function isOutcomeGoal(goal: GoalDefinition): goal is OutcomeGoalDefinition {
  return goal.kind === "followUpOutcomeRate" || goal.kind === "exitStatusRate";
}

/** The project's outcome goals, in the definition's order. */
export function outcomeGoalsOf(project: ProjectDefinition): OutcomeGoalDefinition[] {
  return project.goals.filter(isOutcomeGoal);
}

/** The outcome goal with this id, or undefined when the project has no such outcome goal. */
export function outcomeGoalOf(
  project: ProjectDefinition,
  goalId: string,
): OutcomeGoalDefinition | undefined {
  const goal = project.goals.find((g) => g.id === goalId);
  return goal && isOutcomeGoal(goal) ? goal : undefined;
}

/** An exited participant's outcome as a flow reports it under one goal. */
export const OUTCOME_CLASSES = ["workOrStudies", "other", "missing", "pending"] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

const OUTCOME_OF = {
  success: "workOrStudies",
  failure: "other",
  missing: "missing",
  pending: "pending",
} as const;

// The same goal over every exit; one object per goal so classification caches keep working.
const overAllExits = new WeakMap<OutcomeGoalDefinition, OutcomeGoalDefinition>();

/**
 * The outcome of an exited participant under the named goal, whatever the
 * goal's population (flows show every exit): success → work or studies,
 * failure → other; not measurable yet → pending; overdue or not found out →
 * missing. null when the participant has not exited on asOf. A goal on the
 * status at exit is known on the day of exit: never pending, never missing.
 */
export function classifyOutcome(
  project: ProjectDefinition,
  goal: OutcomeGoalDefinition,
  record: ParticipantRecord,
  asOf: IsoDate,
): OutcomeClass | null {
  if (!record.exit || record.exit.date > asOf || record.enrolledOn > asOf) return null;
  let allExits = overAllExits.get(goal);
  if (!allExits) {
    allExits = { ...goal, population: "allExits" };
    overAllExits.set(goal, allExits);
  }
  const measurement = classifyParticipant(allExits, project, record, asOf);
  return measurement === "excluded" ? null : OUTCOME_OF[measurement];
}

/**
 * A participant's measured outcome in the goal's own population (e.g. OPIS's
 * completers with a known 90-day outcome): the population of the goal, of
 * success factors and of the comparison. null for anyone else.
 */
export function measuredOutcome(
  project: ProjectDefinition,
  goal: OutcomeGoalDefinition,
  record: ParticipantRecord,
  asOf: IsoDate,
): "workOrStudies" | "other" | null {
  const measurement = classifyParticipant(goal, project, record, asOf);
  return measurement === "success" ? "workOrStudies" : measurement === "failure" ? "other" : null;
}

import type { IsoDate } from "../dates/iso-date";
import type { RateGoalDefinition } from "../projects/goal-definitions";
import type { ProjectDefinition } from "../projects/project-definition";
import { isCompletion } from "../vocabularies/exit";
import { classifyFollowUp, windowOf } from "./follow-up-window";
import type { ParticipantRecord } from "./participant-record";
import { stepProgression } from "./step-progression";
import { successCategoriesOf } from "./success-categories";

/**
 * A participant's place in a rate goal on asOf:
 * success/failure count in the rate; pending = not measurable yet;
 * missing = measurable but the data was not recorded (never success or failure);
 * excluded = outside the goal's population.
 */
export type Measurement = "success" | "failure" | "pending" | "missing" | "excluded";

export function classifyParticipant(
  goal: RateGoalDefinition,
  project: ProjectDefinition,
  record: ParticipantRecord,
  asOf: IsoDate,
): Measurement {
  if (record.enrolledOn > asOf) return "excluded";
  // An exit dated after asOf has not happened yet on asOf.
  const exit = record.exit && record.exit.date <= asOf ? record.exit : null;

  switch (goal.kind) {
    case "completionRate":
      if (!exit) return "pending";
      return goal.completedReasons.includes(exit.reason) ? "success" : "failure";

    case "exitStatusRate":
      if (!exit) return "pending";
      if (goal.population === "completers" && !isCompletion(exit.reason)) return "excluded";
      return successCategoriesOf(goal, project).success.has(exit.status) ? "success" : "failure";

    case "followUpOutcomeRate": {
      if (!exit) return "pending";
      if (goal.population === "completers" && !isCompletion(exit.reason)) return "excluded";
      const rule = project.followUpRules.find((r) => r.id === goal.followUpRuleId);
      // ProjectDefinitionSchema rejects this; reaching it means an unparsed definition.
      if (!rule) throw new Error(`Goal ${goal.id} names an unknown follow-up rule`);
      const followUp = record.followUp;
      const status = classifyFollowUp(rule, exit.date, followUp?.recordedOn, asOf);
      if (status === "notDue" || status === "due") return "pending";
      if (status === "overdue") return "missing";
      if (status === "recordedOutsideWindow") {
        // An early recording can still be redone while the window is open.
        return asOf <= windowOf(rule, exit.date).closesOn ? "pending" : "missing";
      }
      if (!followUp) return "missing";
      // "unknown" says the outcome was not found out: missing, not a failure.
      const categories = successCategoriesOf(goal, project);
      if (categories.unknown.has(followUp.outcome)) return "missing";
      return categories.success.has(followUp.outcome) ? "success" : "failure";
    }

    case "assessmentProgressRate": {
      const instrument = project.instruments.find((i) => i.id === goal.instrumentId);
      if (!instrument) throw new Error(`Goal ${goal.id} names an unknown instrument`);
      const progression = stepProgression(instrument, record.assessments, {
        ...(goal.area === undefined ? {} : { area: goal.area }),
        asOf,
      });
      if (progression.baseline === null) return exit ? "missing" : "pending";
      if (goal.baselineAtMost !== undefined && progression.baseline > goal.baselineAtMost) {
        return "excluded";
      }
      // Measured at exit, so a rate never counts early successes before early failures.
      if (!exit) return "pending";
      if (progression.gain === null) return "missing";
      return progression.gain >= goal.minGain ? "success" : "failure";
    }

    default:
      return goal satisfies never;
  }
}

/**
 * The days on which a record's classification (for any goal of the project)
 * can change as asOf moves forward: between two consecutive change days it is
 * constant. Every comparison with asOf above (and in classifyFollowUp and
 * stepProgression) must flip on one of these days; a property test replays
 * every day to check. Lets a trend classify once per change instead of once
 * per month. Unsorted, may repeat.
 */
export function measurementChangeDays(
  project: ProjectDefinition,
  record: ParticipantRecord,
): IsoDate[] {
  const days: IsoDate[] = [record.enrolledOn];
  if (record.exit) {
    days.push(record.exit.date);
    for (const rule of project.followUpRules) {
      const window = windowOf(rule, record.exit.date);
      days.push(window.opensOn, window.closedFrom);
    }
  }
  if (record.followUp) days.push(record.followUp.recordedOn);
  for (const assessment of record.assessments) days.push(assessment.assessedOn);
  return days;
}

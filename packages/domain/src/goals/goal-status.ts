import { daysBetween } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { ProjectDefinition } from "../projects/project-definition";

export const GOAL_STATUSES = ["met", "onTrack", "atRisk", "notYetMeasurable"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

// Guards against 0.6 < 0.6000000000000001-style float noise at the target.
const EPSILON = 1e-9;

/** Share of the project period elapsed on asOf, in [0, 1]. */
export function elapsedShare(project: ProjectDefinition, asOf: IsoDate): number {
  const total = daysBetween(project.period.start, project.period.end);
  const elapsed = daysBetween(project.period.start, asOf);
  if (total <= 0) return elapsed >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / total));
}

/**
 * Count goal: met when every count reaches its target; onTrack when every
 * count is at least its pro-rata share of the target for the elapsed period.
 */
export function countGoalStatus(
  counts: readonly { count: number; target: number }[],
  project: ProjectDefinition,
  asOf: IsoDate,
): GoalStatus {
  if (counts.every((c) => c.count >= c.target)) return "met";
  const share = elapsedShare(project, asOf);
  return counts.every((c) => c.count + EPSILON >= c.target * share) ? "onTrack" : "atRisk";
}

/**
 * Rate goal: notYetMeasurable without a denominator; met once the period has
 * ended with rate ≥ target; onTrack while running with rate ≥ target.
 */
export function rateGoalStatus(
  rate: number | null,
  target: number,
  project: ProjectDefinition,
  asOf: IsoDate,
): GoalStatus {
  if (rate === null) return "notYetMeasurable";
  if (rate + EPSILON < target) return "atRisk";
  return asOf > project.period.end ? "met" : "onTrack";
}

import {
  exitStatusCategoriesOf,
  followUpOutcomeCategoriesOf,
  type HasCategories,
} from "../projects/categories";
import type { RateGoalDefinition } from "../projects/goal-definitions";

type OutcomeGoal = Extract<RateGoalDefinition, { kind: "followUpOutcomeRate" | "exitStatusRate" }>;

export interface SuccessCategories {
  /** Category ids that count as a success for the goal. */
  success: ReadonlySet<string>;
  /** Category ids that mean "not found out": missing, never success or failure. */
  unknown: ReadonlySet<string>;
}

// Classification runs once per record and change day: resolve each goal's ids once.
const cache = new WeakMap<OutcomeGoal, WeakMap<HasCategories, SuccessCategories>>();

/**
 * Which categories a status-at-exit or follow-up goal counts as success: the
 * goal's own list, or else every category of the project that counts as work
 * or studies.
 */
export function successCategoriesOf(goal: OutcomeGoal, project: HasCategories): SuccessCategories {
  let byProject = cache.get(goal);
  if (!byProject) {
    byProject = new WeakMap();
    cache.set(goal, byProject);
  }
  let found = byProject.get(project);
  if (!found) {
    const categories =
      goal.kind === "exitStatusRate"
        ? exitStatusCategoriesOf(project)
        : followUpOutcomeCategoriesOf(project);
    const listed = goal.kind === "exitStatusRate" ? goal.successStatuses : goal.successOutcomes;
    found = {
      success: new Set(
        listed ??
          categories.filter((c) => c.counts === "work" || c.counts === "studies").map((c) => c.id),
      ),
      unknown: new Set(categories.filter((c) => c.counts === "unknown").map((c) => c.id)),
    };
    byProject.set(project, found);
  }
  return found;
}

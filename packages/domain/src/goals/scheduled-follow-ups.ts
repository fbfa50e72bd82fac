import type { IsoDate } from "../dates/iso-date";
import type { ProjectDefinition } from "../projects/project-definition";
import { type ExitReason, isCompletion } from "../vocabularies/exit";
import { followUpWindow } from "./follow-up-window";

export interface ScheduledFollowUp {
  ruleId: string;
  dueDate: IsoDate;
}

/**
 * The follow-ups an exit schedules under the project's rules: every rule for
 * all exits, and the completers' rules when the participant completed. None
 * for a project without follow-up.
 */
export function scheduledFollowUps(
  project: Pick<ProjectDefinition, "followUpRules">,
  exit: { exitDate: IsoDate; reason: ExitReason },
): ScheduledFollowUp[] {
  return project.followUpRules
    .filter((rule) => rule.appliesTo === "allExits" || isCompletion(exit.reason))
    .map((rule) => ({ ruleId: rule.id, dueDate: followUpWindow(rule, exit.exitDate).dueDate }));
}

export type { FollowUpRule } from "./follow-up-rules";
export { FORTSATT_SAMVERKAN_PROJECT } from "./fortsatt-samverkan";
export type {
  CountGoalDefinition,
  GenderBalance,
  GoalDefinition,
  GoalKind,
  GoalPopulation,
  RateGoalDefinition,
} from "./goal-definitions";
export { JOB_ACTION_PLAN_EUROPE_PROJECT } from "./job-action-plan-europe";
export { JOBB_KONTAKTEN_PROJECT } from "./jobb-kontakten";
export type { LocalizedText } from "./localized-text";
export { OPIS_PROJECT, OPIS_WORK_OR_STUDIES } from "./opis";
export type { PriorityCondition, PriorityGroup } from "./priority-groups";
export { type ProjectDefinition, ProjectDefinitionSchema } from "./project-definition";
export { getProject, PROJECTS } from "./registry";
export type { RuleStrength, TargetGroupRule, TargetGroupRuleKind } from "./target-group-rules";

export {
  type CaseWorkSettings,
  CaseWorkSettingsSchema,
  caseWorkSettingsOf,
  DEFAULT_CASE_WORK_SETTINGS,
  municipalitiesServedBy,
  type Office,
  OfficeSchema,
  officeServesMunicipality,
  type ResolvedCaseWorkSettings,
  validateOfficeServes,
} from "./case-work-settings";
export {
  ESF_EXIT_RESULTS,
  ESF_FOLLOW_UP_RESULTS,
  type EsfExitResult,
  type EsfFollowUpResult,
  type ExitStatusCategory,
  ExitStatusCategorySchema,
  exitStatusCategoriesOf,
  exitStatusCategory,
  type FollowUpOutcomeCategory,
  FollowUpOutcomeCategorySchema,
  followUpOutcomeCategoriesOf,
  followUpOutcomeCategory,
  STANDARD_EXIT_STATUS_CATEGORIES,
  STANDARD_FOLLOW_UP_OUTCOME_CATEGORIES,
  WORK_OR_STUDIES,
  type WorkOrStudies,
} from "./categories";
export { flowObstaclesOf } from "./flow-obstacles";
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
export { GenderBalanceSchema, GoalDefinitionSchema } from "./goal-definitions";
export { JOB_ACTION_PLAN_EUROPE_PROJECT } from "./job-action-plan-europe";
export { JOBB_KONTAKTEN_PROJECT } from "./jobb-kontakten";
export type { LocalizedText } from "./localized-text";
export { OPIS_PROJECT, OPIS_WORK_OR_STUDIES } from "./opis";
export {
  type PriorityCondition,
  type PriorityGroup,
  PriorityGroupIdSchema,
  priorityGroupsOf,
} from "./priority-groups";
export {
  type ProjectDefinition,
  ProjectDefinitionSchema,
  ProjectIdSchema,
} from "./project-definition";
export {
  type DefinitionFileError,
  type DefinitionFileResult,
  jsonPath,
  parseProjectDefinition,
  parseProjectDefinitionJson,
  projectDefinitionJsonSchema,
} from "./project-file";
export { getProject, PROJECTS } from "./registry";
export { type Site, SiteSchema, siteOf, sitesOf } from "./sites";
export type {
  CriterionKind,
  RuleStrength,
  TargetGroupCriterion,
  TargetGroupRule,
  TargetGroupRuleKind,
} from "./target-group-rules";

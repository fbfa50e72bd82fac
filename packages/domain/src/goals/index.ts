export { classifyParticipant, type Measurement } from "./classify-participant";
export {
  computeGoalAttainment,
  computeGoalAttainmentSeries,
  type GenderBalanceResult,
  type GoalAttainment,
  type GoalResult,
} from "./compute-goal-attainment";
export {
  classifyFollowUp,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  type FollowUpWindow,
  followUpWindow,
} from "./follow-up-window";
export { countGoalStatus, GOAL_STATUSES, type GoalStatus, rateGoalStatus } from "./goal-status";
export {
  classifyOutcome,
  isOutcomeGoal,
  measuredOutcome,
  OUTCOME_CLASSES,
  type OutcomeClass,
  type OutcomeGoalDefinition,
  outcomeGoalOf,
  outcomeGoalsOf,
} from "./outcome-by-goal";
export { type ParticipantRecord, ParticipantRecordSchema } from "./participant-record";
export { type ScheduledFollowUp, scheduledFollowUps } from "./scheduled-follow-ups";
export type { GoalSplits, SplitCell, SplitDimension, YesNo } from "./splits";
export { type StepProgression, stepProgression } from "./step-progression";
export { type SuccessCategories, successCategoriesOf } from "./success-categories";

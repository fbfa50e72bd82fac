export { type ActivityInput, ActivityInputSchema } from "./activity-input";
export { type ActivityState, activityState } from "./activity-state";
export {
  type AttendanceEntry,
  AttendanceEntrySchema,
  type AttendanceWeekSave,
  AttendanceWeekSaveSchema,
  changesRecordedDay,
  participationRate,
  plannedMinutesPerDay,
  validateAttendanceEntry,
  WORKDAY_MINUTES,
} from "./attendance";
export {
  type AttendanceDayContext,
  type AttendanceDayError,
  MINUTES_PER_DAY,
  maxPresentMinutes,
  validateAttendanceDay,
} from "./attendance-day-rules";
export {
  CASE_REMINDER_KINDS,
  type CaseReminder,
  type CaseReminderKind,
  caseReminders,
  PARTICIPATION_WINDOW_DAYS,
} from "./case-reminders";
export {
  CORRECTABLE_RECORDS,
  CORRECTION_ACTIONS,
  CORRECTION_REASON_MAX,
  type CorrectableRecord,
  CorrectableRecordSchema,
  type CorrectionAction,
  CorrectionReasonSchema,
} from "./correction";
export {
  EMPLOYER_CONTACT_CHANNELS,
  type EmployerContactInput,
  EmployerContactInputSchema,
  type EmployerInput,
  EmployerInputSchema,
  employerDuplicateWarnings,
  employerNameKey,
  isPlausiblePhoneNumber,
  isValidOrganisationNumber,
  likelyDuplicateEmployers,
} from "./employer";
export {
  type ExitFieldError,
  type ExitRecord,
  ExitRecordInputSchema,
  ExitRecordSchema,
  exitRecordSchemaFor,
  validateExit,
} from "./exit-record";
export {
  type FollowUpRecord,
  FollowUpRecordInputSchema,
  FollowUpRecordSchema,
  followUpRecordSchemaFor,
  followUpWindowWarnings,
  validateFollowUpRecord,
} from "./follow-up-record";
export {
  EMPTY_JOINT_PLAN,
  type JointPlanContent,
  JointPlanContentSchema,
  type JointPlanSave,
  JointPlanSaveSchema,
  nextPlanReview,
  PLAN_ITEM_STATUSES,
  PlanGoalSchema,
  PlanItemSchema,
  type PlanItemStatus,
  PlanItemStatusSchema,
  planReviewDue,
} from "./joint-plan";
export { type PlanFieldError, validateJointPlanComplete } from "./joint-plan-completeness";
export {
  type CaseState,
  NEXT_ACTION_KINDS,
  NEXT_ACTION_SOURCES,
  type NextAction,
  type NextActionKind,
  NextActionKindSchema,
  type NextActionSource,
  nextCaseAction,
  PLAN_DUE_DAYS,
} from "./next-action";
export { type CaseNote, CaseNoteSchema, NOTE_KINDS, NoteKindSchema } from "./note";
export {
  isInParticipation,
  type ParticipationSpan,
  participationOverlaps,
} from "./participation-span";
export { type PersonName, PersonNameSchema } from "./person-name";
export { type PlanChange, planChanges } from "./plan-changes";
export {
  canTransitionResourceRequest,
  RESOURCE_REQUEST_STATUSES,
  type ResourceRequestInput,
  ResourceRequestInputSchema,
  type ResourceRequestStatus,
  type ResourceRequestTransition,
  ResourceRequestTransitionSchema,
} from "./resource-request";
export {
  validateWorkAvailabilityChange,
  type WorkAvailability,
  type WorkAvailabilityChange,
  WorkAvailabilityChangeSchema,
  type WorkAvailabilityFieldError,
  WorkAvailabilitySchema,
  workAvailabilityChangeSchemaFor,
} from "./work-availability";

export {
  assessEligibility,
  ELIGIBILITY_OUTCOMES,
  type EligibilityAssessment,
  type EligibilityOutcome,
  type RuleResult,
} from "./assess-eligibility";
export {
  assessEligibilityOnPartialFacts,
  CRITERION_FACT,
  type PartialEligibilityAssessment,
  type PartialRuleResult,
} from "./assess-partial-facts";
export { type DeclineDecision, DeclineDecisionSchema } from "./decline-decision";
export {
  type DecisionFieldError,
  type EnrolmentDecision,
  EnrolmentDecisionSchema,
  enrolmentDecisionSchemaFor,
  validateEnrolmentDecision,
} from "./enrolment-decision";
export type { RuleParams } from "./evaluate-rule";
export { ELIGIBILITY_REASON_KEYS, type EligibilityReasonKey } from "./reason-keys";

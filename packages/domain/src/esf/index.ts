export {
  countEsfIndicators,
  ESF_INDICATORS,
  type EsfCriterion,
  EsfCriterionSchema,
  type EsfIndicator,
  EsfIndicatorSchema,
  type EsfParticipant,
  esfCriterionHolds,
} from "./esf-indicators";

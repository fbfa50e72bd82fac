export { type Assessment, AssessmentSchema } from "./assessment";
export {
  type AssessmentRecord,
  AssessmentRecordSchema,
  expandAssessmentRecord,
  validateAssessmentRecord,
} from "./assessment-record";
export { validateSingleBaseline } from "./baseline-rule";
export {
  ASSESSMENT_PHASES,
  type AssessmentPhase,
  AssessmentPhaseSchema,
  type Instrument,
  type InstrumentKind,
  InstrumentSchema,
  instrumentRange,
  LIFE_WHEEL_AREAS,
  type LifeWheelArea,
} from "./instrument";
export {
  CLOSENESS_TO_WORK_RATING,
  LANGUAGE_LEVEL_SCALE,
  LIFE_WHEEL,
  LOW_LANGUAGE_LEVEL_MAX_STEP,
} from "./standard";
export { validateAssessment } from "./validate-assessment";

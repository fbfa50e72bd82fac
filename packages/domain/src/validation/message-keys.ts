/**
 * Every message a zod schema or validator in this package can report. Messages
 * are keys, never prose: the UI's catalogs (Swedish first, English) translate
 * them, and a test checks that each key used in src is listed here.
 */
export const VALIDATION_MESSAGE_KEYS = [
  "validation.assessment.area.invalid",
  "validation.assessment.instrument.mismatch",
  "validation.assessment.phase.notUsed",
  "validation.assessment.value.invalid",
  "validation.assessment.value.range",
  "validation.date.invalid",
  "validation.decline.note.required",
  "validation.decline.note.tooLong",
  "validation.decline.reason.invalid",
  "validation.enrolment.coordinatorUserId.invalid",
  "validation.enrolment.exceptionJustification.required",
  "validation.enrolment.exceptionJustification.tooShort",
  "validation.enrolment.municipalityCode.invalid",
  "validation.enrolment.notEligible",
  "validation.enrolment.startDate.beforeAssessment",
  "validation.intake.birthRegion.required",
  "validation.intake.earlierSupportTried.required",
  "validation.intake.educationLevel.required",
  "validation.intake.gender.required",
  "validation.intake.hasDisabilityReducingWorkCapacity.required",
  "validation.intake.languageLevel.invalid",
  "validation.intake.languageLevel.range",
  "validation.intake.monthsRegisteredAtAf.invalid",
  "validation.intake.monthsRegisteredAtAf.range",
  "validation.intake.municipalityCode.invalid",
  "validation.intake.participatesOnSite.required",
  "validation.intake.workAvailabilityPercent.invalid",
  "validation.intake.workAvailabilityPercent.range",
  "validation.personnummer.checksum",
  "validation.personnummer.date",
  "validation.personnummer.empty",
  "validation.personnummer.format",
  "validation.personnummer.future",
  "validation.project.duplicateId",
  "validation.project.genderBalance.range",
  "validation.project.goal.area",
  "validation.project.goal.baselineAtMost",
  "validation.project.goal.unknownFollowUpRule",
  "validation.project.goal.unknownInstrument",
  "validation.project.id.format",
  "validation.project.instrument.areasUnique",
  "validation.project.instrument.range",
  "validation.project.instrument.stepsOrder",
  "validation.project.period.order",
  "validation.project.rule.ageRange",
] as const;
export type ValidationMessageKey = (typeof VALIDATION_MESSAGE_KEYS)[number];

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return (VALIDATION_MESSAGE_KEYS as readonly string[]).includes(value);
}

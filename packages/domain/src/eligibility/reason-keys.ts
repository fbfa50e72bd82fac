/** Message keys explaining each target-group rule's result; the UI catalog translates them. */
export const ELIGIBILITY_REASON_KEYS = [
  "eligibility.registeredAtLeast.met",
  "eligibility.registeredAtLeast.tooShort",
  "eligibility.earlierSupportTried.met",
  "eligibility.earlierSupportTried.notTried",
  "eligibility.labourMarketAssessment.met",
  "eligibility.labourMarketAssessment.missing",
  "eligibility.labourMarketAssessment.future",
  "eligibility.labourMarketAssessment.expired",
  "eligibility.workAvailabilityAtLeast.met",
  "eligibility.workAvailabilityAtLeast.tooLow",
  "eligibility.residesInProjectMunicipality.met",
  "eligibility.residesInProjectMunicipality.outside",
  "eligibility.ageBetween.met",
  "eligibility.ageBetween.tooYoung",
  "eligibility.ageBetween.tooOld",
  "eligibility.participatesOnSite.met",
  "eligibility.participatesOnSite.remote",
] as const;
export type EligibilityReasonKey = (typeof ELIGIBILITY_REASON_KEYS)[number];

export { type CsvParse, type CsvRecord, detectCsvDelimiter, parseCsv } from "./csv";
export {
  type Anonymisation,
  type AnonymisationRow,
  type AnonymisedRow,
  kAnonymise,
  leastDiverseClass,
  SUPPRESSED_VALUE,
  smallestClass,
} from "./disclosure/k-anonymity";
export { collectLines, protectLinkedCells, widerScopes } from "./disclosure/linked-suppression";
export {
  buildProjectPublication,
  type DeclinedIntake,
  obstacleSplits,
  obstaclesWithUnknown,
  obstacleValues,
  type PublicationRecord,
  projectSpace,
  publishedCohorts,
  publishedMonthEnds,
  quarterBounds,
  quarterOf,
  SUCCESS_FACTOR_MEASURES,
} from "./disclosure/project-publication";
export { Publication, type PublicationUnit, PublishedReport } from "./disclosure/publication";
export {
  GENDER_AXIS,
  type GenderOrAll,
  type PublicationScope,
  type PublicationSpace,
  SpaceLayout,
} from "./disclosure/publication-space";
export * from "./matching/index";
export { createRandom, type Random } from "./random";
export { type RateWithInterval, ratesByGroup, rateWithConfidenceInterval } from "./rate-interval";
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type PublishedCount,
  publishCount,
  publishRate,
} from "./suppression";
export {
  formatPublishedCell,
  type PublishedCell,
  type SuppressedSplit,
  type SuppressedTable,
  type SuppressionOptions,
  type SuppressionReason,
  suppressSplit,
  suppressTable,
} from "./table-suppression";

export { type CsvParse, type CsvRecord, detectCsvDelimiter, parseCsv } from "./csv";
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

export { computeBalance } from "./balance";
export {
  buildDesign,
  type CovariateSpec,
  type DesignMatrix,
  describeCovariates,
} from "./covariates";
export { estimateEffect } from "./effect";
export {
  evaluateMatching,
  FEW_MATCHED_SHARE,
  HEADLINE_STANDARD_ERROR,
} from "./evaluate-matching";
export {
  fitLogisticRegression,
  type LogisticFailure,
  type LogisticFit,
  logistic,
} from "./logistic-regression";
export { matchNearest, type NearestMatch } from "./nearest-neighbour";
export * from "./schema";
export {
  binIndex,
  binLabel,
  coarsenedKeys,
  exactKeys,
  type Stratification,
  stratify,
} from "./stratify";

import type { matchingSv } from "./matching.sv";

/** English messages of the matching result; the type keeps them complete. */
export const matchingEn: Record<keyof typeof matchingSv, string> = {
  "matching.standardError.clusterHC1":
    "The standard error is cluster-robust by matched pair (HC1), as MatchIt recommends after pair matching.",
  "matching.standardError.HC3":
    "The standard error is heteroscedasticity-robust (HC3) without clustering, as MatchIt recommends after exact and coarsened exact matching.",
  "matching.standardError.other": "The standard error is of type {{type}}.",
  "matching.warnings.title": "Please note",
  "matching.warning.few-treated-matched":
    "{{group}}: only {{count}} of {{total}} participants were matched. The effect describes the matched ones, not all participants. Match on fewer variables or with coarser cutpoints.",
  "matching.warning.fitted-probabilities-0-or-1":
    "{{group}}: the propensity model gave {{count}} of {{total}} people a probability that is numerically 0 or 1 (R's glm warns about the same). Matching went on; those people have no counterpart in the other group.",
  "matching.warning.fewerThan": "fewer than {{threshold}}",
};

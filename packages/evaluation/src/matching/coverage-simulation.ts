import { createRandom, type Random } from "../random";
import { evaluateMatching } from "./evaluate-matching";
import {
  type MatchingMethod,
  type MatchingOptions,
  type MatchingUnit,
  type StandardErrorType,
  StandardErrorTypeSchema,
} from "./schema";

/** The true effect on the treated: +15 percentage points in work or studies. */
export const TRUE_EFFECT = 0.15;
const REGIONS = ["sweden", "euEfta", "outsideEurope"] as const;

/**
 * One simulated evaluation shaped like the project's: participants against a
 * register pool about three times larger, a 0/1 outcome (in work or studies
 * 90 days after exit), confounded by age (whole years, 20–64), disability and
 * birth region, which raise the chance of taking part and lower the chance
 * of work. The effect is the same for everyone on the probability scale, so
 * the effect on the treated is exactly TRUE_EFFECT whoever is matched.
 */
export function simulateEvaluation(random: Random, n: number): MatchingUnit[] {
  return Array.from({ length: n }, (_, i) => {
    const age = 20 + Math.floor(45 * random.next());
    const disability = random.next() < 0.2;
    const u = random.next();
    const region = u < 0.6 ? 0 : u < 0.75 ? 1 : 2;
    const propensity = -1.9 + 0.03 * (age - 40) + 0.7 * (disability ? 1 : 0) + 0.5 * region;
    const treated = random.next() < 1 / (1 + Math.exp(-propensity));
    const base = 0.5 - 0.004 * (age - 40) - 0.2 * (disability ? 1 : 0) - 0.08 * region;
    const outcome = random.next() < base + (treated ? TRUE_EFFECT : 0) ? 1 : 0;
    return {
      id: String(i),
      treated,
      outcome,
      covariates: {
        age,
        disability: disability ? "yes" : "no",
        birthRegion: REGIONS[region]!,
      },
    };
  });
}

/** How each method is run: exact on all three, CEM with 5-year age bins, nearest with a 0.2 SD caliper. */
export function methodOptions(method: MatchingMethod): Omit<MatchingOptions, "units"> {
  const covariates = ["age", "disability", "birthRegion"];
  if (method === "cem")
    return { method, covariates, cutpoints: { age: [25, 30, 35, 40, 45, 50, 55, 60] } };
  if (method === "nearest") return { method, covariates, caliper: 0.2 };
  return { method, covariates };
}

export interface Coverage {
  method: MatchingMethod;
  n: number;
  replications: number;
  /** Share of 95 % intervals that contain TRUE_EFFECT. */
  coverage: number;
  /** Monte Carlo standard error of that share, √(c(1 − c)/R). */
  monteCarloError: number;
  bias: number;
  /** The spread of the estimates across data sets: the SE the intervals should have. */
  empiricalSe: number;
  meanStandardError: number;
  /** The naive treated-minus-control difference's bias: proof that the data are confounded. */
  naiveBias: number;
  /** Mean share of treated units matched. */
  matchedShare: number;
  /** The coverage every standard error variant would have had (null: undefined in some data set). */
  coverageByType: Record<StandardErrorType, number | null>;
}

/** Runs `replications` simulated evaluations of `n` units; throws if any fails. */
export function measureCoverage(
  method: MatchingMethod,
  { n, replications, seed }: { n: number; replications: number; seed: number },
): Coverage {
  const random = createRandom(seed);
  const options = methodOptions(method);
  let covered = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  let sumSe = 0;
  let sumNaive = 0;
  let sumShare = 0;
  const coveredByType = new Map<StandardErrorType, number | null>(
    StandardErrorTypeSchema.options.map((type) => [type, 0]),
  );
  for (let r = 0; r < replications; r++) {
    const units = simulateEvaluation(random, n);
    const outcome = evaluateMatching({ units, ...options });
    if (!outcome.ok) throw new Error(`replication ${r}: ${outcome.error.message}`);
    const { estimate, ci, standardError, standardErrors, nMatchedTreated, nTreated } =
      outcome.result;
    for (const [type, count] of coveredByType) {
      const se = standardErrors[type];
      if (count === null || se === null) coveredByType.set(type, null);
      else if (Math.abs(estimate - TRUE_EFFECT) <= 1.96 * se) coveredByType.set(type, count + 1);
    }
    if (ci === null || standardError === null)
      throw new Error(`replication ${r}: no standard error`);
    if (ci[0] <= TRUE_EFFECT && TRUE_EFFECT <= ci[1]) covered++;
    const error = estimate - TRUE_EFFECT;
    sumError += error;
    sumSquaredError += error * error;
    sumSe += standardError;
    sumShare += nMatchedTreated / nTreated;
    sumNaive += naiveDifference(units) - TRUE_EFFECT;
  }
  const coverage = covered / replications;
  const bias = sumError / replications;
  return {
    method,
    n,
    replications,
    coverage,
    monteCarloError: Math.sqrt((coverage * (1 - coverage)) / replications),
    bias,
    empiricalSe: Math.sqrt(sumSquaredError / replications - bias * bias),
    meanStandardError: sumSe / replications,
    naiveBias: sumNaive / replications,
    matchedShare: sumShare / replications,
    coverageByType: Object.fromEntries(
      [...coveredByType].map(([type, count]) => [
        type,
        count === null ? null : count / replications,
      ]),
    ) as Record<StandardErrorType, number | null>,
  };
}

function naiveDifference(units: readonly MatchingUnit[]): number {
  const sums = [0, 0];
  const counts = [0, 0];
  for (const u of units) {
    const g = u.treated ? 1 : 0;
    sums[g]! += u.outcome;
    counts[g]!++;
  }
  return sums[1]! / counts[1]! - sums[0]! / counts[0]!;
}

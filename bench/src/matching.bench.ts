import {
  buildDesign,
  createRandom,
  describeCovariates,
  evaluateMatching,
  fitLogisticRegression,
  type MatchingOptions,
  type MatchingUnit,
  matchNearest,
} from "@opis/evaluation";

const KOMMUNER = ["0686", "0662", "0680", "0684", "0685", "0862", "0880", "0881", "0882", "0883"];
const COVARIATES = ["age", "gender", "kommun", "months"];

/**
 * Participants against the AF register: `treated` participants (older, longer
 * registered, which the matching must undo) and a pool of `pool` registered
 * job seekers. Integer ages and months so that exact matching has strata.
 */
export function generateMatchingUnits(treated: number, pool: number, seed = 1): MatchingUnit[] {
  const random = createRandom(seed);
  const units: MatchingUnit[] = [];
  for (let i = 0; i < treated + pool; i++) {
    const isTreated = i < treated;
    const age = Math.min(
      64,
      Math.max(18, Math.round(40 + 11 * random.normal() + (isTreated ? 4 : 0))),
    );
    const months = Math.max(0, Math.round(18 + 14 * random.normal() + (isTreated ? 12 : 0)));
    const gender = random.next() < 0.5 ? "kvinna" : "man";
    const kommun = KOMMUNER[Math.floor(random.next() * KOMMUNER.length)]!;
    const outcome = random.next() < 0.3 + 0.002 * (age - 40) + (isTreated ? 0.1 : 0) ? 1 : 0;
    units.push({
      id: `p${i}`,
      treated: isTreated,
      outcome,
      covariates: { age, gender, kommun, months },
    });
  }
  return units;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/**
 * 10,000 treated against a 1,000,000-person pool, each method once through
 * `evaluateMatching` (validation, stratification or propensity fit, matching,
 * balance, effect and the per-gender reruns), plus the matching step alone.
 * One timed run each: a run takes seconds, so tinybench's sampling adds nothing.
 */
export async function benchMatching(treated = 10_000, pool = 1_000_000) {
  const units = generateMatchingUnits(treated, pool);
  const size = units.length;
  const rows: { name: string; size: number; ms: number }[] = [];
  const label = `${treated.toLocaleString("en")} treated vs ${pool.toLocaleString("en")} pool`;
  const run = (name: string, options: Omit<MatchingOptions, "units">) => {
    const { ms, value } = time(() => evaluateMatching({ units, ...options }));
    if (!value.ok) throw new Error(`${name}: ${value.error.code}: ${value.error.message}`);
    rows.push({ name: `${name}, ${label} (matched ${value.result.nMatchedTreated})`, size, ms });
  };

  // The matching step alone, to separate it from the propensity fit.
  const described = describeCovariates(units, COVARIATES);
  if (!described.ok) throw new Error(described.error.message);
  const y = Uint8Array.from(units, (u) => (u.treated ? 1 : 0));
  const fit = time(() => fitLogisticRegression(buildDesign(units, described.specs, true), y));
  if (!fit.value.ok) throw new Error(fit.value.message);
  rows.push({
    name: `propensity fit (IRLS, ${fit.value.iterations} iterations), ${label}`,
    size,
    ms: fit.ms,
  });
  const scores = fit.value.fitted;
  const nn = time(() => matchNearest(scores, y, null));
  rows.push({ name: `greedy 1:1 matching on scores only, ${label}`, size, ms: nn.ms });

  run("evaluateMatching nearest, caliper 0.2", {
    method: "nearest",
    covariates: COVARIATES,
    caliper: 0.2,
  });
  run("evaluateMatching exact", { method: "exact", covariates: COVARIATES });
  run("evaluateMatching cem", {
    method: "cem",
    covariates: COVARIATES,
    cutpoints: { age: [25, 30, 35, 40, 45, 50, 55, 60], months: [6, 12, 24, 36, 48] },
  });
  return rows;
}

import { describe, expect, test } from "vitest";
import { createRandom, type Random } from "../random";
import { evaluateMatching } from "./evaluate-matching";
import type { MatchingMethod, MatchingUnit } from "./schema";

const TRUE_EFFECT = 2;

/**
 * Confounded data with a known effect: x (numeric) and group (a/b/c) raise
 * both the chance of treatment and the outcome, so the naive difference is
 * biased upwards; the true effect on the treated is exactly TRUE_EFFECT.
 *
 * The intercept −1.8 gives about 24 % treated, three controls per treated, as
 * when participants are compared with the much larger AF register. With
 * −1.2 (34 % treated, 1.9 controls per treated) nearest-neighbour matching
 * keeps a bias of about 0.6 SE and covers 88 % (caliper 0.2) or 26 % (none):
 * greedy 1:1 matching needs a deep control pool.
 */
function simulate(random: Random, n: number): MatchingUnit[] {
  return Array.from({ length: n }, (_, i) => {
    const x = random.normal();
    const u = random.next();
    const group = u < 0.4 ? "a" : u < 0.7 ? "b" : "c";
    const g = group === "a" ? 0 : group === "b" ? 0.5 : 1;
    const treated = random.next() < 1 / (1 + Math.exp(-(-1.8 + 0.8 * x + g)));
    const outcome = 1 + TRUE_EFFECT * (treated ? 1 : 0) + 1.5 * x + 2 * g + random.normal();
    return { id: String(i), treated, outcome, covariates: { x, group } };
  });
}

function replicate(method: MatchingMethod, n: number, replications: number, seed: number) {
  const random = createRandom(seed);
  const errors: number[] = [];
  const naiveErrors: number[] = [];
  let covered = 0;
  for (let r = 0; r < replications; r++) {
    const units = simulate(random, n);
    const outcome = evaluateMatching({
      units,
      method,
      covariates: ["x", "group"],
      ...(method === "nearest"
        ? { caliper: 0.2 }
        : { cutpoints: { x: [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2] } }),
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { estimate, ci } = outcome.result;
    errors.push(estimate - TRUE_EFFECT);
    if (ci[0] <= TRUE_EFFECT && TRUE_EFFECT <= ci[1]) covered++;
    const mean = (t: boolean) => {
      const ys = units.filter((u) => u.treated === t).map((u) => u.outcome);
      return ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    naiveErrors.push(mean(true) - mean(false) - TRUE_EFFECT);
  }
  const rmse = (e: number[]) => Math.sqrt(e.reduce((a, b) => a + b * b, 0) / e.length);
  const mean = (e: number[]) => e.reduce((a, b) => a + b, 0) / e.length;
  return {
    coverage: covered / replications,
    rmse: rmse(errors),
    bias: mean(errors),
    naiveBias: mean(naiveErrors),
  };
}

describe("Monte Carlo: nearest-neighbour matching on the propensity score", () => {
  test("200 replications of n = 400: the 95 % CI covers the true effect in 90–99 %", () => {
    const result = replicate("nearest", 400, 200, 20250101);
    console.info("nearest, n = 400, 200 replications:", result);
    expect(result.naiveBias).toBeGreaterThan(1); // the data are confounded
    expect(Math.abs(result.bias)).toBeLessThan(0.15);
    expect(result.coverage).toBeGreaterThanOrEqual(0.9);
    expect(result.coverage).toBeLessThanOrEqual(0.99);
  });

  test("the error shrinks as n grows", () => {
    const small = replicate("nearest", 200, 60, 11);
    const large = replicate("nearest", 1600, 60, 12);
    console.info("nearest RMSE, n = 200 vs 1600:", small.rmse, large.rmse);
    // √8 ≈ 2.8 times smaller in theory; ask for a clear 1.8.
    expect(large.rmse).toBeLessThan(small.rmse / 1.8);
  });
});

describe("Monte Carlo: coarsened exact matching", () => {
  test("100 replications of n = 800: coverage 90–99 % and the error shrinks with n", () => {
    const result = replicate("cem", 800, 100, 777);
    const large = replicate("cem", 3200, 40, 778);
    console.info("cem, n = 800 / 3200:", result, large.rmse);
    // Coarsening leaves a little bias within bins; still covered.
    expect(result.coverage).toBeGreaterThanOrEqual(0.9);
    expect(result.coverage).toBeLessThanOrEqual(0.99);
    expect(large.rmse).toBeLessThan(result.rmse);
  });
});

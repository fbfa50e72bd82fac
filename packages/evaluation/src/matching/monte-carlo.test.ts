import { describe, expect, test } from "vitest";
import { measureCoverage } from "./coverage-simulation";

/**
 * A quick version of the Monte Carlo coverage check. The full one (10,000
 * data sets per method, 0.94–0.96 required) is `npm run -w @opis/evaluation
 * montecarlo`, a CI step of its own; here 400 data sets per method, whose
 * Monte Carlo error (≈ 0.011) asks for a wider band.
 */
describe.each(["nearest", "exact", "cem"] as const)("Monte Carlo, %s", (method) => {
  const result = measureCoverage(method, { n: 1000, replications: 400, seed: 99 });

  test("the data are confounded: the naive difference is far off", () => {
    expect(result.naiveBias).toBeLessThan(-0.05);
  });

  test("the estimate is unbiased and its standard error matches the spread of the estimates", () => {
    console.info(method, result);
    expect(Math.abs(result.bias)).toBeLessThan(3 * (result.empiricalSe / Math.sqrt(400)) + 0.003);
    expect(result.meanStandardError / result.empiricalSe).toBeGreaterThan(0.9);
    expect(result.meanStandardError / result.empiricalSe).toBeLessThan(1.1);
  });

  test("the 95 % intervals cover the true effect in 92–98 % of 400 data sets", () => {
    expect(result.coverage).toBeGreaterThanOrEqual(0.92);
    expect(result.coverage).toBeLessThanOrEqual(0.98);
  });
});

test("the error shrinks as n grows", () => {
  const small = measureCoverage("nearest", { n: 400, replications: 60, seed: 11 });
  const large = measureCoverage("nearest", { n: 3200, replications: 60, seed: 12 });
  // √8 ≈ 2.8 times smaller in theory; ask for a clear 1.8.
  expect(large.empiricalSe).toBeLessThan(small.empiricalSe / 1.8);
  // CPU-bound (120 matched data sets, up to 3,200 units): a busy CI machine needs more than 5 s.
}, 60_000);

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createRandom } from "../random";
import { buildDesign, describeCovariates } from "./covariates";
import { fitLogisticRegression, logistic } from "./logistic-regression";
import type { MatchingUnit } from "./schema";

const logit = (p: number) => Math.log(p / (1 - p));

/** Units whose covariate `g` takes each level with the given treated/total counts. */
function groupedUnits(groups: Record<string, [treated: number, total: number]>): MatchingUnit[] {
  const units: MatchingUnit[] = [];
  for (const [level, [t, total]] of Object.entries(groups)) {
    for (let k = 0; k < total; k++) {
      units.push({ id: `${level}${k}`, treated: k < t, outcome: 0, covariates: { g: level } });
    }
  }
  return units;
}

function fitUnits(units: MatchingUnit[], options = {}) {
  const described = describeCovariates(units, ["g"]);
  if (!described.ok) throw new Error(described.error.message);
  const y = Uint8Array.from(units, (u) => (u.treated ? 1 : 0));
  return fitLogisticRegression(buildDesign(units, described.specs, true), y, options);
}

describe("fitLogisticRegression against closed-form MLEs", () => {
  // With one categorical covariate the model is saturated: the MLE reproduces
  // each group's proportion, so β₀ = logit(p_ref) and β_k = logit(p_k) − logit(p_ref).
  const cases: { name: string; groups: Record<string, [number, number]> }[] = [
    { name: "binary covariate, 30/100 vs 60/80", groups: { a: [30, 100], b: [60, 80] } },
    {
      name: "binary covariate, rare treatment 3/250 vs 12/90",
      groups: { a: [3, 250], b: [12, 90] },
    },
    {
      name: "three levels (reference = first sorted)",
      groups: { z: [5, 20], m: [10, 20], a: [18, 24] },
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const fit = fitUnits(groupedUnits(tc.groups));
      expect(fit.ok).toBe(true);
      if (!fit.ok) return;
      const levels = Object.keys(tc.groups).sort();
      const rate = (level: string) => {
        const [t, n] = tc.groups[level]!;
        return t / n;
      };
      const expected = [
        logit(rate(levels[0]!)),
        ...levels.slice(1).map((l) => logit(rate(l)) - logit(rate(levels[0]!))),
      ];
      expect(fit.terms).toEqual(["(Intercept)", ...levels.slice(1).map((l) => `g=${l}`)]);
      for (const [j, b] of fit.coefficients.entries()) expect(b).toBeCloseTo(expected[j]!, 8);
    });
  }

  test("the deviance is the saturated binomial deviance", () => {
    const fit = fitUnits(groupedUnits({ a: [30, 100], b: [60, 80] }));
    const ll = (t: number, n: number) => t * Math.log(t / n) + (n - t) * Math.log(1 - t / n);
    expect(fit.ok && fit.deviance).toBeCloseTo(-2 * (ll(30, 100) + ll(60, 80)), 8);
  });
});

describe("fitLogisticRegression on continuous covariates", () => {
  test("the score equations Xᵀ(y − μ) = 0 hold at the solution, on any scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        fc.constantFrom(1, 1000, 1e-3),
        (seed, slope, scale) => {
          const random = createRandom(seed);
          const n = 300;
          const x1 = new Float64Array(n);
          const x2 = new Float64Array(n);
          const y = new Uint8Array(n);
          for (let i = 0; i < n; i++) {
            x1[i] = random.normal() * scale + 40 * scale;
            x2[i] = random.next() < 0.4 ? 1 : 0;
            y[i] =
              random.next() <
              logistic(-0.3 + (slope * (x1[i]! - 40 * scale)) / scale + 0.5 * x2[i]!)
                ? 1
                : 0;
          }
          const fit = fitLogisticRegression({ names: ["x1", "x2"], columns: [x1, x2] }, y);
          if (!fit.ok) return fit.code === "separation"; // possible for extreme draws, never anything else
          const [b0, b1, b2] = fit.coefficients as [number, number, number];
          const score = [0, 0, 0];
          for (let i = 0; i < n; i++) {
            const mu = logistic(b0 + b1 * x1[i]! + b2 * x2[i]!);
            const r = y[i]! - mu;
            score[0]! += r;
            score[1]! += (r * (x1[i]! - 40 * scale)) / scale;
            score[2]! += r * x2[i]!;
          }
          return score.every((s) => Math.abs(s) < 1e-5);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("fitLogisticRegression reports data problems as values", () => {
  const x = (values: number[]) => Float64Array.from(values);
  const cases = [
    {
      name: "complete separation",
      design: { names: ["x"], columns: [x([1, 2, 3, 4, 5, 6])] },
      y: [0, 0, 0, 1, 1, 1],
      options: {},
      code: "separation",
    },
    {
      name: "quasi-complete separation (every x = 1 is treated)",
      design: { names: ["x"], columns: [x([0, 0, 0, 0, 1, 1, 1])] },
      y: [0, 1, 0, 1, 1, 1, 1],
      options: {},
      code: "separation",
    },
    {
      name: "a constant column",
      design: { names: ["x"], columns: [x([2, 2, 2, 2])] },
      y: [0, 1, 0, 1],
      options: {},
      code: "singular",
    },
    {
      name: "collinear columns",
      design: { names: ["x", "twice x"], columns: [x([1, 2, 3, 4, 5]), x([2, 4, 6, 8, 10])] },
      y: [0, 1, 0, 1, 1],
      options: {},
      code: "singular",
    },
    {
      name: "too few iterations",
      design: { names: ["x"], columns: [x([1, 2, 3, 4, 5, 6])] },
      y: [0, 1, 0, 1, 1, 0],
      options: { maxIterations: 1 },
      code: "not-converged",
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const fit = fitLogisticRegression(tc.design, Uint8Array.from(tc.y), tc.options);
      expect(fit.ok ? "ok" : fit.code).toBe(tc.code);
    });
  }

  test("names the offending column", () => {
    const fit = fitLogisticRegression(
      { names: ["age", "age again"], columns: [x([20, 30, 40, 50]), x([20, 30, 40, 50])] },
      Uint8Array.from([0, 1, 1, 0]),
    );
    expect(!fit.ok && fit.message).toContain('"age again"');
  });
});

test("logistic does not overflow in either tail", () => {
  expect(logistic(-800)).toBe(0);
  expect(logistic(800)).toBe(1);
  expect(logistic(0)).toBe(0.5);
});

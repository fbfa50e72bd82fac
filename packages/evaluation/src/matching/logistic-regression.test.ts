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
          if (!fit.ok) return false;
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
    {
      // Complete separation: glm.fit's IRLS needs its full 25 iterations here.
      name: "complete separation with fewer iterations than glm's 25",
      design: { names: ["x"], columns: [x([1, 2, 3, 4, 5, 6])] },
      y: [0, 0, 0, 1, 1, 1],
      options: { maxIterations: 20 },
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

describe("fitted probabilities of 0 or 1 are counted, not refused (as R's glm)", () => {
  const x = (values: number[]) => Float64Array.from(values);

  test("complete separation: glm converges with probabilities numerically 0 and 1", () => {
    const fit = fitLogisticRegression(
      { names: ["x"], columns: [x([1, 2, 3, 4, 5, 6])] },
      Uint8Array.from([0, 0, 0, 1, 1, 1]),
    );
    if (!fit.ok) throw new Error(fit.message);
    // The fit separates perfectly: below 3.5 is control, above treated.
    expect(fit.coefficients[1]).toBeGreaterThan(20);
    expect(-fit.coefficients[0]! / fit.coefficients[1]!).toBeCloseTo(3.5, 6);
    const atBounds = [...fit.fitted].filter(
      (mu) => mu < 10 * Number.EPSILON || mu > 1 - 10 * Number.EPSILON,
    );
    expect(fit.fittedAtZeroOrOne).toBe(atBounds.length);
    expect(fit.fittedAtZeroOrOne).toBeGreaterThanOrEqual(2);
  });

  test("a heavy tail of controls far from everyone else: each one counted, the fit as without them", () => {
    // 200 treated and 400 controls overlap on earnings 0–100 (thousands); 25
    // more controls earn 3,000–8,000. Their η is far below −30 for any slope
    // the overlapping part allows, so exactly those 25 are numerically 0.
    const random = createRandom(5);
    const earnings: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 600; i++) {
      const treated = i < 200;
      earnings.push(100 * random.next() ** (treated ? 1 : 0.6));
      y.push(treated ? 1 : 0);
    }
    for (let i = 0; i < 25; i++) {
      earnings.push(3000 + 5000 * random.next());
      y.push(0);
    }
    const fit = fitLogisticRegression(
      { names: ["earnings"], columns: [x(earnings)] },
      Uint8Array.from(y),
    );
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.fittedAtZeroOrOne).toBe(25);
    for (let i = 600; i < 625; i++)
      expect(fit.fitted[i]).toBe(Number.EPSILON / (1 + Number.EPSILON));
    // The score equations hold: the tail adds (almost) nothing to them.
    let score0 = 0;
    let score1 = 0;
    for (let i = 0; i < 625; i++) {
      score0 += y[i]! - fit.fitted[i]!;
      score1 += (y[i]! - fit.fitted[i]!) * earnings[i]!;
    }
    expect(Math.abs(score0)).toBeLessThan(1e-6);
    expect(Math.abs(score1)).toBeLessThan(1e-4);
  });
});

test("logistic is R's binomial()$linkinv: clamped beyond ±30, never 0 or 1", () => {
  const eps = Number.EPSILON;
  expect(logistic(-800)).toBe(eps / (1 + eps));
  expect(logistic(-30.5)).toBe(eps / (1 + eps));
  expect(logistic(800)).toBe(1 / eps / (1 + 1 / eps));
  expect(logistic(0)).toBe(0.5);
  expect(logistic(2)).toBe(Math.exp(2) / (1 + Math.exp(2)));
  expect(logistic(-29)).toBe(Math.exp(-29) / (1 + Math.exp(-29)));
});

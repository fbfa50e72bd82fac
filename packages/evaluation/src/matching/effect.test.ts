import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { estimateEffect } from "./effect";
import { type StandardErrorType, StandardErrorTypeSchema } from "./schema";

type Matrix = number[][];
const multiply = (a: Matrix, b: Matrix): Matrix =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
const transpose = (a: Matrix): Matrix => a[0]!.map((_, j) => a.map((row) => row[j]!));
const inverse2 = (m: Matrix): Matrix => {
  const [a, b] = m[0]!;
  const [c, d] = m[1]!;
  const det = a! * d! - b! * c!;
  return [
    [d! / det, -b! / det],
    [-c! / det, a! / det],
  ];
};

/**
 * R's sandwich package for `lm(y ~ t, weights = w)` written out with
 * matrices, following its source (estfun.lm, bread.lm, meatHC, meatCL,
 * sandwich): a reference independent of the closed forms in effect.ts.
 * Rows with w = 0 are dropped first, as match.data() does.
 */
function sandwichReference(y: number[], t: number[], w: number[], cluster: number[]) {
  const rows = y.map((_, i) => i).filter((i) => w[i]! > 0);
  const n = rows.length;
  const k = 2;
  const X: Matrix = rows.map((i) => [1, t[i]!]);
  const W = rows.map((i) => w[i]!);
  const Y = rows.map((i) => [y[i]!]);
  const XtW = transpose(X).map((col) => col.map((v, i) => v * W[i]!));
  const unscaled = inverse2(multiply(XtW, X)); // summary.lm()$cov.unscaled
  const beta = multiply(unscaled, multiply(XtW, Y));
  const residuals = rows.map(
    (_, r) => Y[r]![0]! - X[r]![0]! * beta[0]![0]! - X[r]![1]! * beta[1]![0]!,
  );
  const estfun = X.map((x, r) => x.map((v) => residuals[r]! * W[r]! * v));
  const hat = X.map((x, r) => W[r]! * multiply([x], multiply(unscaled, transpose([x])))[0]![0]!);
  const bread = unscaled.map((row) => row.map((v) => v * n));
  const sandwich = (meat: Matrix) =>
    multiply(bread, multiply(meat, bread)).map((row) => row.map((v) => v / n));
  const meatHC = (omega: (res: number, h: number) => number) => {
    // res = rowMeans(ef / X, na.rm = TRUE): w·e, since ef = w·e·X.
    const scaled = X.map((x, r) => {
      const res = W[r]! * residuals[r]!;
      return x.map((v) => Math.sqrt(omega(res, hat[r]!)) * v);
    });
    return multiply(transpose(scaled), scaled).map((row) => row.map((v) => v / n));
  };
  const meatCL = (adjust: number) => {
    const sums = new Map<number, number[]>();
    rows.forEach((i, r) => {
      const s = sums.get(cluster[i]!) ?? [0, 0];
      sums.set(cluster[i]!, [s[0]! + estfun[r]![0]!, s[1]! + estfun[r]![1]!]);
    });
    const aggregated = [...sums.values()];
    return multiply(transpose(aggregated), aggregated).map((row) =>
      row.map((v) => (adjust * v) / n),
    );
  };
  const g = new Set(rows.map((i) => cluster[i]!)).size;
  const slopeSe = (v: Matrix) => Math.sqrt(v[1]![1]!);
  const se: Record<StandardErrorType, number> = {
    HC0: slopeSe(sandwich(meatHC((res) => res ** 2))),
    HC1: slopeSe(sandwich(meatHC((res) => (res ** 2 * n) / (n - k)))),
    HC2: slopeSe(sandwich(meatHC((res, h) => res ** 2 / (1 - h)))),
    HC3: slopeSe(sandwich(meatHC((res, h) => res ** 2 / (1 - h) ** 2))),
    clusterHC0: slopeSe(sandwich(meatCL(1))),
    clusterHC1: slopeSe(sandwich(meatCL(((g / (g - 1)) * (n - 1)) / (n - k)))),
  };
  return { estimate: beta[1]![0]!, se };
}

function estimate(
  y: number[],
  t: number[],
  w: number[],
  cluster: number[],
  headline: StandardErrorType = "clusterHC1",
) {
  return estimateEffect(
    Float64Array.from(y),
    Uint8Array.from(t),
    Float64Array.from(w),
    Int32Array.from(cluster),
    headline,
  );
}

describe("estimateEffect, hand-computed", () => {
  test("three pairs: cluster-robust by pair, HC1 adjustment as vcovCL's default", () => {
    // Pairs (5, 3), (7, 4), (6, 6): differences 2, 3, 0, mean 5/3.
    // CR0 = Σ(d − d̄)² / N² = ((1/3)² + (4/3)² + (5/3)²) / 9 = 42/81.
    // HC1: G/(G − 1) × (n − 1)/(n − k) = 3/2 × 5/4, so Var = 15/8 × 42/81 = 35/36.
    const r = estimate(
      [5, 3, 7, 4, 6, 6],
      [1, 0, 1, 0, 1, 0],
      [1, 1, 1, 1, 1, 1],
      [0, 0, 1, 1, 2, 2],
    );
    expect(r?.estimate).toBeCloseTo(5 / 3, 12);
    expect(r?.standardErrorType).toBe("clusterHC1");
    expect(r?.standardError).toBeCloseTo(Math.sqrt(35) / 6, 12);
    expect(r?.standardErrors.clusterHC0).toBeCloseTo(Math.sqrt(42) / 9, 12);
    expect(r?.ci?.[0]).toBeCloseTo(5 / 3 - 1.96 * (Math.sqrt(35) / 6), 12);
    expect(r?.nClusters).toBe(3);
  });

  test("two weighted strata: HC3 without clustering", () => {
    // Stratum 0: treated 10, 12; control 8 (w 8/3). Stratum 1: treated 6; controls 3, 5, 4 (w 4/9).
    // W₁ = 3, W₀ = 4, ȳ₁ = 28/3, ȳ₀ = 20/3.
    // Treated: ψ = e/3 = 2/9, 8/9, −10/9; h = 1/3, (1 − h)² = 4/9: Σψ²/(1 − h)² = 168/81 × 9/4 = 14/3.
    // Control 8: e = 4/3, ψ = −(8/3)(4/3)/4 = −8/9, h = 2/3: (64/81) × 9 = 64/9.
    // Controls 3, 5, 4: ψ = 11/27, 5/27, 8/27, h = 1/9: (210/729) × (81/64) = 35/96.
    // HC3 = 14/3 + 64/9 + 35/96 = 3497/288. HC0 = (168 · 9 + 64 · 9 + 210)/729 = 2298/729.
    // Clustered by stratum: 2/9 + 8/9 − 8/9 = 2/9 and −10/9 + 8/9 = −2/9, CR0 = 8/81.
    const r = estimate(
      [10, 12, 8, 6, 3, 5, 4],
      [1, 1, 0, 1, 0, 0, 0],
      [1, 1, 8 / 3, 1, 4 / 9, 4 / 9, 4 / 9],
      [0, 0, 0, 1, 1, 1, 1],
      "HC3",
    );
    expect(r?.estimate).toBeCloseTo(8 / 3, 12);
    expect(r?.standardErrorType).toBe("HC3");
    expect(r?.standardError).toBeCloseTo(Math.sqrt(3497 / 288), 12);
    expect(r?.standardErrors.HC0).toBeCloseTo(Math.sqrt(2298 / 729), 12);
    expect(r?.standardErrors.HC1).toBeCloseTo(Math.sqrt(((2298 / 729) * 7) / 5), 12);
    expect(r?.standardErrors.clusterHC0).toBeCloseTo(Math.sqrt(8) / 9, 12);
    // G = 2, n = 7: 2 × 6/5.
    expect(r?.standardErrors.clusterHC1).toBeCloseTo(Math.sqrt((8 / 81) * 2 * (6 / 5)), 12);
  });

  test("unmatched units (weight 0) are ignored, and one empty group gives null", () => {
    const r = estimate([5, 3, 4, 2, 100], [1, 0, 1, 0, 0], [1, 1, 1, 1, 0], [0, 0, 1, 1, -1]);
    expect(r?.estimate).toBe(2);
    expect(estimate([5, 3], [1, 0], [1, 0], [0, -1])).toBeNull();
  });

  test("undefined variants are null: one pair has one cluster and hat values of 1", () => {
    const r = estimate([5, 3], [1, 0], [1, 1], [0, 0], "HC3");
    expect(r?.estimate).toBe(2);
    expect(r?.standardError).toBeNull();
    expect(r?.ci).toBeNull();
    expect(r?.standardErrors.clusterHC1).toBeNull();
    expect(r?.standardErrors.HC3).toBeNull();
    expect(r?.standardErrors.HC1).toBeNull(); // n − k = 0
    expect(r?.standardErrors.HC0).toBe(0);
  });
});

test("every variant equals R's sandwich written with matrices, on random weighted clustered data", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          y: fc.double({ min: -50, max: 50, noNaN: true }),
          t: fc.integer({ min: 0, max: 1 }),
          w: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 5, noNaN: true })),
          c: fc.integer({ min: 0, max: 5 }),
        }),
        { minLength: 2, maxLength: 40 },
      ),
      fc.constantFrom(...StandardErrorTypeSchema.options),
      (rows, headline) => {
        const weighted = (g: number) => rows.filter((r) => r.t === g && r.w > 0).length;
        // At least two weighted units per group and two clusters: every variant defined.
        fc.pre(weighted(1) >= 2 && weighted(0) >= 2);
        fc.pre(new Set(rows.filter((r) => r.w > 0).map((r) => r.c)).size >= 2);
        const cols = [
          rows.map((r) => r.y),
          rows.map((r) => r.t),
          rows.map((r) => r.w),
          rows.map((r) => r.c),
        ] as const;
        const fast = estimate(...cols, headline)!;
        const reference = sandwichReference(...cols);
        const scale = Math.max(1, Math.abs(reference.estimate));
        expect(Math.abs(fast.estimate - reference.estimate)).toBeLessThan(1e-10 * scale);
        for (const type of StandardErrorTypeSchema.options) {
          const expected = reference.se[type];
          expect(Math.abs(fast.standardErrors[type]! - expected)).toBeLessThan(
            1e-10 * Math.max(1, expected),
          );
        }
        expect(fast.standardError).toBe(fast.standardErrors[headline]);
      },
    ),
    { numRuns: 500 },
  );
});

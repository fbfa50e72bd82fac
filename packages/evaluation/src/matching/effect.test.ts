import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { estimateEffect } from "./effect";

/** The CR0 sandwich done with matrices, as a reference independent of the closed form. */
function sandwich(y: number[], t: number[], w: number[], cluster: number[]) {
  const xtwx = [0, 0, 0, 0];
  const xtwy = [0, 0];
  y.forEach((yi, i) => {
    const x = [1, t[i]!];
    for (let a = 0; a < 2; a++) {
      xtwy[a]! += w[i]! * x[a]! * yi;
      for (let b = 0; b < 2; b++) xtwx[a * 2 + b]! += w[i]! * x[a]! * x[b]!;
    }
  });
  const det = xtwx[0]! * xtwx[3]! - xtwx[1]! * xtwx[2]!;
  const inv = [xtwx[3]! / det, -xtwx[1]! / det, -xtwx[2]! / det, xtwx[0]! / det];
  const beta = [inv[0]! * xtwy[0]! + inv[1]! * xtwy[1]!, inv[2]! * xtwy[0]! + inv[3]! * xtwy[1]!];
  const scores = new Map<number, [number, number]>();
  y.forEach((yi, i) => {
    const e = yi - beta[0]! - beta[1]! * t[i]!;
    const s = scores.get(cluster[i]!) ?? [0, 0];
    scores.set(cluster[i]!, [s[0] + w[i]! * e, s[1] + w[i]! * e * t[i]!]);
  });
  const meat = [0, 0, 0, 0];
  for (const [a, b] of scores.values()) {
    meat[0]! += a * a;
    meat[1]! += a * b;
    meat[2]! += b * a;
    meat[3]! += b * b;
  }
  // Slope variance = (inv · meat · inv)[1][1].
  const row = [inv[2]!, inv[3]!];
  const v =
    row[0]! * (meat[0]! * row[0]! + meat[1]! * row[1]!) +
    row[1]! * (meat[2]! * row[0]! + meat[3]! * row[1]!);
  return { estimate: beta[1]!, se: Math.sqrt(v) };
}

function estimate(y: number[], t: number[], w: number[], cluster: number[]) {
  return estimateEffect(
    Float64Array.from(y),
    Uint8Array.from(t),
    Float64Array.from(w),
    Int32Array.from(cluster),
  );
}

describe("estimateEffect, hand-computed", () => {
  test("three pairs", () => {
    // Pairs (5, 3), (7, 4), (6, 6): differences 2, 3, 0, mean 5/3;
    // CR0 for pairs = √Σ(d − d̄)² / N = √((1/3)² + (4/3)² + (5/3)²) / 3 = √42 / 9.
    const r = estimate(
      [5, 3, 7, 4, 6, 6],
      [1, 0, 1, 0, 1, 0],
      [1, 1, 1, 1, 1, 1],
      [0, 0, 1, 1, 2, 2],
    );
    expect(r?.estimate).toBeCloseTo(5 / 3, 12);
    expect(r?.standardError).toBeCloseTo(Math.sqrt(42) / 9, 12);
    expect(r?.ci[0]).toBeCloseTo(5 / 3 - 1.96 * (Math.sqrt(42) / 9), 12);
    expect(r?.nClusters).toBe(3);
  });

  test("two weighted strata", () => {
    // Stratum 0: treated 10, 12; control 8 (w 8/3). Stratum 1: treated 6; controls 3, 5, 4 (w 4/9).
    // ȳ₁ = 28/3, ȳ₀ = 20/3, W₁ = 3, W₀ = 4.
    // ψ treated = e/3: (2/3)/3, (8/3)/3, (−10/3)/3; ψ control = −w·e/4: −(8/3)(4/3)/4, −(4/9)(−11/3, −5/3, −8/3)/4.
    // Cluster 0: 2/9 + 8/9 − 8/9 = 2/9. Cluster 1: −10/9 + (4/9)(24/3)/4 = −10/9 + 8/9 = −2/9.
    // Var = 4/81 + 4/81 = 8/81.
    const r = estimate(
      [10, 12, 8, 6, 3, 5, 4],
      [1, 1, 0, 1, 0, 0, 0],
      [1, 1, 8 / 3, 1, 4 / 9, 4 / 9, 4 / 9],
      [0, 0, 0, 1, 1, 1, 1],
    );
    expect(r?.estimate).toBeCloseTo(8 / 3, 12);
    expect(r?.standardError).toBeCloseTo(Math.sqrt(8) / 9, 12);
  });

  test("unmatched units (weight 0) are ignored, and one empty group gives null", () => {
    const r = estimate([5, 3, 100], [1, 0, 0], [1, 1, 0], [0, 0, -1]);
    expect(r?.estimate).toBe(2);
    expect(estimate([5, 3], [1, 0], [1, 0], [0, -1])).toBeNull();
  });
});

test("the closed form equals the matrix sandwich on random weighted clustered data", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          y: fc.double({ min: -50, max: 50, noNaN: true }),
          t: fc.integer({ min: 0, max: 1 }),
          w: fc.double({ min: 0.1, max: 5, noNaN: true }),
          c: fc.integer({ min: 0, max: 5 }),
        }),
        { minLength: 2, maxLength: 40 },
      ),
      (rows) => {
        if (!rows.some((r) => r.t === 1) || !rows.some((r) => r.t === 0)) return;
        const cols = [
          rows.map((r) => r.y),
          rows.map((r) => r.t),
          rows.map((r) => r.w),
          rows.map((r) => r.c),
        ] as const;
        const fast = estimate(...cols);
        const reference = sandwich(...cols);
        expect(fast?.estimate).toBeCloseTo(reference.estimate, 8);
        expect(fast?.standardError).toBeCloseTo(reference.se, 8);
      },
    ),
  );
});

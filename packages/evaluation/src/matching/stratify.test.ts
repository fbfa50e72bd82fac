import { describe, expect, test } from "vitest";
import { evaluateMatching } from "./evaluate-matching";
import type { MatchingUnit } from "./schema";
import { binIndex, binLabel, stratify } from "./stratify";

describe("stratify: MatchIt's exact-matching weights for the ATT", () => {
  test("hand-worked example", () => {
    // A: 2 treated, 1 control; B: 1 treated, 3 controls; C: treated only; D: controls only.
    const keys = ["A", "A", "A", "B", "B", "B", "B", "C", "D", "D"];
    const treated = Uint8Array.from([1, 1, 0, 1, 0, 0, 0, 1, 0, 0]);
    const { strata, weights, stratumOf } = stratify(keys, treated);
    // Matched: 3 treated (A, B), 4 controls. Control weight = (n_t/n_c) × (4/3).
    expect(strata.map((s) => s.key)).toEqual(["A", "B"]);
    const expected = [
      1,
      1,
      (2 / 1) * (4 / 3),
      1,
      (1 / 3) * (4 / 3),
      (1 / 3) * (4 / 3),
      (1 / 3) * (4 / 3),
      0,
      0,
      0,
    ];
    for (const [i, w] of weights.entries()) expect(w).toBeCloseTo(expected[i]!, 12);
    expect([...stratumOf]).toEqual([0, 0, 0, 1, 1, 1, 1, -1, -1, -1]);
    // The control weights add up to the number of matched controls.
    expect(weights[2]! + 3 * weights[4]!).toBeCloseTo(4, 12);
  });
});

describe("CEM bins are closed on the left", () => {
  const cuts = [0, 10, 20];
  const cases = [
    { value: -0.5, bin: 0, label: "(-Inf,0)" },
    { value: 0, bin: 1, label: "[0,10)" },
    { value: 9.999, bin: 1, label: "[0,10)" },
    { value: 10, bin: 2, label: "[10,20)" },
    { value: 19.5, bin: 2, label: "[10,20)" },
    { value: 20, bin: 3, label: "[20,Inf)" },
    { value: 1e9, bin: 3, label: "[20,Inf)" },
  ];
  for (const tc of cases) {
    test(`${tc.value} falls in ${tc.label}`, () => {
      expect(binIndex(cuts, tc.value)).toBe(tc.bin);
      expect(binLabel(cuts, tc.bin)).toBe(tc.label);
    });
  }
});

const unit = (
  id: string,
  treated: boolean,
  outcome: number,
  covariates: MatchingUnit["covariates"],
) => ({
  id,
  treated,
  outcome,
  covariates,
});

describe("evaluateMatching with exact and CEM", () => {
  test("CEM: 9.99 and 10 are in different bins, 10 and 19 in the same", () => {
    const units = [
      unit("t1", true, 5, { age: 9.99, region: "K" }),
      unit("c1", false, 1, { age: 10, region: "K" }),
      unit("t2", true, 7, { age: 10, region: "K" }),
      unit("c2", false, 2, { age: 19, region: "K" }),
      unit("c3", false, 3, { age: 12, region: "J" }),
    ];
    const outcome = evaluateMatching({
      units,
      method: "cem",
      covariates: ["age", "region"],
      cutpoints: { age: [10, 20] },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.strata).toEqual([
      { key: 'age=[10,20)|region="K"', treatedIds: ["t2"], controlIds: ["c1", "c2"] },
    ]);
    expect(outcome.result.unmatchedTreatedIds).toEqual(["t1"]);
    // One stratum: each control (1/2) × (2/1) = 1.
    expect(outcome.result.weights).toEqual({ t2: 1, c1: 1, c2: 1 });
    expect(outcome.result.estimate).toBeCloseTo(7 - 1.5, 12);
  });

  test("exact: weights and effect on a hand-worked table", () => {
    const units = [
      unit("t1", true, 10, { sex: "w", edu: 1 }),
      unit("t2", true, 12, { sex: "w", edu: 1 }),
      unit("c1", false, 8, { sex: "w", edu: 1 }),
      unit("t3", true, 6, { sex: "m", edu: 2 }),
      unit("c2", false, 3, { sex: "m", edu: 2 }),
      unit("c3", false, 5, { sex: "m", edu: 2 }),
      unit("c4", false, 4, { sex: "m", edu: 2 }),
      unit("t4", true, 99, { sex: "m", edu: 3 }),
      unit("c5", false, -9, { sex: "w", edu: 3 }),
    ];
    const outcome = evaluateMatching({
      units,
      method: "exact",
      covariates: ["sex", "edu"],
      subgroupBy: "none",
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const r = outcome.result;
    expect(r.weights).toEqual({ t1: 1, t2: 1, t3: 1, c1: 8 / 3, c2: 4 / 9, c3: 4 / 9, c4: 4 / 9 });
    // Treated mean (10+12+6)/3; control mean (8·8/3 + (3+5+4)·4/9) / (8/3 + 3·4/9) = (64/3 + 16/3)/4 = 20/3.
    expect(r.estimate).toBeCloseTo(28 / 3 - 20 / 3, 12);
    expect(r.unmatchedTreatedIds).toEqual(["t4"]);
    expect([r.nTreated, r.nControl, r.nMatchedTreated, r.nMatchedControl]).toEqual([4, 5, 3, 4]);
    expect(r.nClusters).toBe(2);
  });
});

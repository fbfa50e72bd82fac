import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createRandom } from "../random";
import { evaluateMatching } from "./evaluate-matching";
import { type MatchingOptions, MatchingResultSchema, type MatchingUnit } from "./schema";

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

/** Confounded data: older people and women are treated more often and do better anyway. */
function simulate(n: number, seed: number): MatchingUnit[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const age = 30 + 10 * random.normal();
    const gender = random.next() < 0.5 ? "kvinna" : "man";
    const region = ["J", "K", "V"][Math.floor(random.next() * 3)]!;
    const p = 1 / (1 + Math.exp(-(-1 + 0.05 * (age - 30) + (gender === "kvinna" ? 0.5 : 0))));
    const treated = random.next() < p;
    const outcome =
      2 * (treated ? 1 : 0) + 0.1 * age + (gender === "kvinna" ? 1 : 0) + random.normal();
    return { id: `u${i}`, treated, outcome, covariates: { age, gender, region } };
  });
}

describe("evaluateMatching, nearest neighbour", () => {
  const units = simulate(600, 7);
  const outcome = evaluateMatching({
    units,
    method: "nearest",
    covariates: ["age", "gender", "region"],
    caliper: 0.2,
  });

  test("returns a result that satisfies the published schema", () => {
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(() => MatchingResultSchema.parse(outcome.result)).not.toThrow();
  });

  test("pairs are 1:1 without replacement, treated with control, weights 1", () => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    const r = outcome.result;
    const treatedIds = new Set(units.filter((u) => u.treated).map((u) => u.id));
    expect(new Set(r.matched.map((p) => p.controlId)).size).toBe(r.matched.length);
    expect(
      r.matched.every((p) => treatedIds.has(p.treatedId) && !treatedIds.has(p.controlId)),
    ).toBe(true);
    expect(Object.values(r.weights).every((w) => w === 1)).toBe(true);
    expect(r.nMatchedTreated + r.unmatchedTreatedIds.length).toBe(r.nTreated);
    expect(r.nClusters).toBe(r.matched.length);
  });

  test("the propensity model uses dummies with the first level dropped", () => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.propensityModel?.coefficients.map((c) => c.term)).toEqual([
      "(Intercept)",
      "age",
      "gender=man",
      "region=K",
      "region=V",
    ]);
  });

  test("matching improves balance, and reports every level of a categorical", () => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    const age = outcome.result.balance.find((b) => b.covariate === "age")!;
    expect(Math.abs(age.smdBefore!)).toBeGreaterThan(0.2);
    expect(Math.abs(age.smdAfter!)).toBeLessThan(0.1);
    expect(outcome.result.balance.map((b) => b.covariate)).toEqual([
      "age",
      "gender=kvinna",
      "gender=man",
      "region=J",
      "region=K",
      "region=V",
    ]);
  });

  test("estimates per gender when a gender covariate is present", () => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    const subgroups = outcome.result.subgroups!;
    expect(Object.keys(subgroups)).toEqual(["kvinna", "man"]);
    for (const g of Object.values(subgroups)) {
      expect(g.ok).toBe(true);
      if (g.ok) expect(Math.abs(g.estimate - 2)).toBeLessThan(4 * g.standardError!);
    }
    const nTreated = Object.values(subgroups).reduce((a, g) => a + g.nTreated, 0);
    expect(nTreated).toBe(outcome.result.nTreated);
  });
});

describe("evaluateMatching returns data problems as values", () => {
  const base = [
    unit("a", true, 1, { x: 1 }),
    unit("b", false, 2, { x: 2 }),
    unit("c", false, 3, { x: 3 }),
  ];
  const cases: { name: string; options: MatchingOptions; code: string; message?: string }[] = [
    {
      name: "no treated",
      options: { units: base.slice(1), method: "exact", covariates: ["x"] },
      code: "no-treated",
    },
    {
      name: "no controls",
      options: { units: base.slice(0, 1), method: "exact", covariates: ["x"] },
      code: "no-controls",
    },
    {
      name: "no stratum has both groups",
      options: { units: base, method: "exact", covariates: ["x"] },
      code: "no-matches",
    },
    {
      name: "a missing covariate names the unit",
      options: { units: [...base, unit("d", false, 1, {})], method: "exact", covariates: ["x"] },
      code: "invalid-input",
      message: 'unit 3 (id d): covariate "x" is missing',
    },
    {
      name: "a covariate mixing text and numbers",
      options: {
        units: [...base, unit("d", false, 1, { x: "5" })],
        method: "exact",
        covariates: ["x"],
      },
      code: "invalid-input",
    },
    {
      name: "a duplicate id",
      options: {
        units: [...base, unit("a", false, 1, { x: 1 })],
        method: "exact",
        covariates: ["x"],
      },
      code: "invalid-input",
      message: "id a appears twice",
    },
    {
      name: "decreasing cutpoints",
      options: { units: base, method: "cem", covariates: ["x"], cutpoints: { x: [2, 1] } },
      code: "invalid-input",
    },
    {
      name: "an unknown method",
      options: { units: base, method: "random" as "exact", covariates: ["x"] },
      code: "invalid-input",
    },
    {
      name: "a propensity model that does not converge",
      options: {
        units: [...base, unit("d", true, 1, { x: 2.5 }), unit("e", false, 1, { x: 0.5 })],
        method: "nearest",
        covariates: ["x"],
        logistic: { maxIterations: 1 },
      },
      code: "not-converged",
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const outcome = evaluateMatching(tc.options);
      expect(outcome.ok ? "ok" : outcome.error.code).toBe(tc.code);
      if (tc.message && !outcome.ok) expect(outcome.error.message).toContain(tc.message);
    });
  }

  test("a failing subgroup is reported inside a successful overall result", () => {
    const units = [
      unit("t1", true, 5, { edu: 1, gender: "kvinna" }),
      unit("c1", false, 3, { edu: 1, gender: "kvinna" }),
      unit("t2", true, 5, { edu: 2, gender: "man" }),
      unit("c2", false, 4, { edu: 1, gender: "man" }),
    ];
    const outcome = evaluateMatching({ units, method: "exact", covariates: ["edu", "gender"] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.subgroups?.kvinna).toMatchObject({ ok: true, estimate: 2 });
    expect(outcome.result.subgroups?.man).toMatchObject({
      ok: false,
      error: { code: "no-matches" },
    });
  });
});

describe("warnings: what R accepts is not refused, and few matches are said", () => {
  test("heavy-tailed earnings in a large pool: a warning with the count, and matching goes on", () => {
    // 30 treated and 200 controls overlap on earnings 0–100 (thousands); 10
    // more controls earn 3,000–8,000, so far out that glm's fitted
    // probability for them is numerically 0. R warns and MatchIt matches on.
    const random = createRandom(21);
    const units = [
      ...Array.from({ length: 30 }, (_, i) =>
        unit(`t${i}`, true, 1, { earnings: 100 * random.next() }),
      ),
      ...Array.from({ length: 200 }, (_, i) =>
        unit(`c${i}`, false, 0, { earnings: 100 * random.next() ** 0.6 }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        unit(`rich${i}`, false, 0, { earnings: 3000 + 5000 * random.next() }),
      ),
    ];
    const outcome = evaluateMatching({ units, method: "nearest", covariates: ["earnings"] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const r = outcome.result;
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "fitted-probabilities-0-or-1", count: 10, total: 240 }),
    ]);
    expect(r.propensityModel?.fittedAtZeroOrOne).toBe(10);
    expect(r.nMatchedTreated).toBe(30);
    expect(r.matched.some((m) => m.controlId.startsWith("rich"))).toBe(false);
  });

  test("complete separation that glm cannot converge on in 25 iterations is refused", () => {
    const units = [
      ...[1, 2, 3].map((x) => unit(`t${x}`, true, 5, { x })),
      ...[4, 5, 6, 7, 8, 9].map((x) => unit(`c${x}`, false, 3, { x })),
    ];
    const outcome = evaluateMatching({ units, method: "nearest", covariates: ["x"] });
    expect(outcome.ok ? "ok" : outcome.error.code).toBe("not-converged");
  });

  test("without such probabilities there is no such warning", () => {
    const outcome = evaluateMatching({
      units: simulate(400, 3),
      method: "nearest",
      covariates: ["age", "gender"],
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.warnings).toEqual([]);
    expect(outcome.result.propensityModel?.fittedAtZeroOrOne).toBe(0);
  });

  test("exact matching that keeps 18 of 245 treated warns; 200 of 245 does not", () => {
    // 245 treated with a code 0…244; controls share the code of the first k.
    const build = (k: number) => [
      ...Array.from({ length: 245 }, (_, i) => unit(`t${i}`, true, i % 2, { code: `k${i}` })),
      ...Array.from({ length: 400 }, (_, i) =>
        unit(`c${i}`, false, i % 3 === 0 ? 1 : 0, { code: `k${i % k}` }),
      ),
    ];
    const few = evaluateMatching({ units: build(18), method: "exact", covariates: ["code"] });
    if (!few.ok) throw new Error(few.error.message);
    expect(few.result.nMatchedTreated).toBe(18);
    expect(few.result.warnings).toEqual([
      expect.objectContaining({ code: "few-treated-matched", count: 18, total: 245 }),
    ]);
    const most = evaluateMatching({ units: build(200), method: "exact", covariates: ["code"] });
    if (!most.ok) throw new Error(most.error.message);
    expect(most.result.nMatchedTreated).toBe(200);
    expect(most.result.warnings).toEqual([]);
    // The boundary: 196 of 245 is exactly 80 %, not below it.
    const boundary = evaluateMatching({ units: build(196), method: "exact", covariates: ["code"] });
    expect(boundary.ok && boundary.result.warnings).toEqual([]);
    const below = evaluateMatching({ units: build(195), method: "exact", covariates: ["code"] });
    expect(below.ok && below.result.warnings.map((w) => w.code)).toEqual(["few-treated-matched"]);
  });

  test("the headline standard error: cluster-robust HC1 by pair for nearest, HC3 for strata", () => {
    const units = simulate(500, 11);
    for (const [method, type] of [
      ["nearest", "clusterHC1"],
      ["exact", "HC3"],
      ["cem", "HC3"],
    ] as const) {
      const outcome = evaluateMatching({
        units,
        method,
        covariates: method === "exact" ? ["gender"] : ["age", "gender"],
        ...(method === "cem" ? { cutpoints: { age: [20, 30, 40] } } : {}),
      });
      if (!outcome.ok) throw new Error(outcome.error.message);
      const r = outcome.result;
      expect(r.standardErrorType).toBe(type);
      expect(r.standardError).toBe(r.standardErrors[type]);
      expect(r.ci?.[1]).toBeCloseTo(r.estimate + 1.96 * r.standardError!, 12);
      for (const s of Object.values(r.subgroups ?? {})) {
        expect(s.ok && s.standardErrorType).toBe(type);
      }
    }
  });
});

describe("the standard error after exact and CEM matching is not below the treated's own sampling error", () => {
  // A 0/1 outcome: the treated mean alone varies with √(p(1 − p)/N) between samples.
  const ownSamplingSe = (outcomes: number[]) => {
    const p = outcomes.reduce((a, b) => a + b, 0) / outcomes.length;
    return Math.sqrt((p * (1 - p)) / outcomes.length);
  };

  test("two strata whose controls mirror their treated: clustering on strata gave 0", () => {
    // Stratum a: treated and controls 1, 1, 1, 0; stratum b: 0, 0, 0, 1. The
    // effect is 0, and the stratum sums of residuals cancel, so the old CR0
    // clustered on strata is exactly 0, while the treated's share (½ of 8)
    // alone has a sampling SE of √(¼/8).
    const outcomes = { a: [1, 1, 1, 0], b: [0, 0, 0, 1] };
    const units = Object.entries(outcomes).flatMap(([s, ys]) =>
      ys.flatMap((y, i) => [unit(`t${s}${i}`, true, y, { s }), unit(`c${s}${i}`, false, y, { s })]),
    );
    const outcome = evaluateMatching({ units, method: "exact", covariates: ["s"] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const r = outcome.result;
    expect(r.estimate).toBe(0);
    expect(r.standardErrors.clusterHC0).toBe(0);
    expect(r.standardError!).toBeGreaterThanOrEqual(Math.sqrt(0.25 / 8));
  });

  test("for any data: HC3 ≥ √(p̂(1 − p̂)/N) over the matched treated", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            treated: fc.boolean(),
            y: fc.integer({ min: 0, max: 1 }),
            s: fc.integer({ min: 0, max: 4 }),
          }),
          { minLength: 4, maxLength: 80 },
        ),
        fc.constantFrom("exact" as const, "cem" as const),
        (rows, method) => {
          const units = rows.map((r, i) => unit(`u${i}`, r.treated, r.y, { s: `k${r.s}` }));
          const outcome = evaluateMatching({ units, method, covariates: ["s"] });
          if (!outcome.ok) return; // no stratum with both groups
          const r = outcome.result;
          fc.pre(r.standardError !== null);
          const matchedTreated = units.filter((u) => u.treated && (r.weights[u.id] ?? 0) > 0);
          expect(r.standardError!).toBeGreaterThanOrEqual(
            ownSamplingSe(matchedTreated.map((u) => u.outcome)) * (1 - 1e-12),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

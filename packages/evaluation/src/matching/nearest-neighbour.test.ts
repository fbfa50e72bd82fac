import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { matchNearest } from "./nearest-neighbour";

interface Case {
  name: string;
  /** Scores in input order; T marks treated. */
  units: [score: number, treated: boolean][];
  caliper?: number;
  pairs: [number, number][];
  unmatched?: number[];
}

function run(units: Case["units"], caliper: number | null = null) {
  return matchNearest(
    Float64Array.from(units, ([s]) => s),
    Uint8Array.from(units, ([, t]) => (t ? 1 : 0)),
    caliper,
  );
}

describe("matchNearest tie rules", () => {
  const cases: Case[] = [
    {
      name: "equally close controls: the lower score wins",
      units: [
        [0.5, true],
        [0.375, false],
        [0.625, false],
      ],
      pairs: [[0, 1]],
    },
    {
      name: "equally close, lower one listed last: still the lower score",
      units: [
        [0.5, true],
        [0.625, false],
        [0.375, false],
      ],
      pairs: [[0, 2]],
    },
    {
      name: "identical scores below: the later control in the input",
      units: [
        [0.25, false],
        [0.5, true],
        [0.25, false],
        [0.875, false],
      ],
      pairs: [[1, 2]],
    },
    {
      // Sorted: 0.0625 (4), 0.375 T (2), 0.5 (0), 0.5 (1), 0.5 (3). Scanning up
      // from the treated unit meets unit 0 first.
      name: "identical scores above: the earlier control in the input",
      units: [
        [0.5, false],
        [0.5, false],
        [0.375, true],
        [0.5, false],
        [0.0625, false],
      ],
      pairs: [[2, 0]],
    },
    {
      // Sorted: 0.125 (3), 0.25 (0), 0.25 (2), 0.25 (4), 0.5 T (1), 0.875 (5).
      // Scanning down meets unit 4 first: the latest in the input.
      name: "identical scores below: the later control in the input, three tied",
      units: [
        [0.25, false],
        [0.5, true],
        [0.25, false],
        [0.125, false],
        [0.25, false],
        [0.875, false],
      ],
      pairs: [[1, 4]],
    },
    {
      // Sorted stably: 0.5 (0), 0.5 T (1), 0.5 (2). Both at distance 0; the
      // one below the treated unit's own position wins, as a lower score would.
      name: "identical to the treated score, one on each side: the one before it in the input",
      units: [
        [0.5, false],
        [0.5, true],
        [0.5, false],
      ],
      pairs: [[1, 0]],
    },
    {
      // Sorted stably: 0.25 (3), 0.5 T (0), 0.5 (1), 0.5 (2). Below is 0.25
      // away, above 0: scanning up meets unit 1 first.
      name: "identical to the treated score, all after it in the input: the earliest of them",
      units: [
        [0.5, true],
        [0.5, false],
        [0.5, false],
        [0.25, false],
      ],
      pairs: [[0, 1]],
    },
    {
      // Sorted stably: 0.5 (0), 0.5 (1), 0.5 T (2), 0.5 (3). Scanning down
      // meets unit 1 first: the latest of those before the treated unit.
      name: "identical to the treated score, several before it in the input: the latest of those",
      units: [
        [0.5, false],
        [0.5, false],
        [0.5, true],
        [0.5, false],
      ],
      pairs: [[2, 1]],
    },
    {
      // Two treated units tie with the controls. Treated 1 (first in input
      // among equal scores) goes first: sorted 0.5 (0), 0.5 T (1), 0.5 (2),
      // 0.5 T (3), 0.5 (4); it takes unit 0 below. Treated 3 then scans down
      // to unit 2 (unit 1 is treated, skipped).
      name: "tied treated and controls: each scans from its own position",
      units: [
        [0.5, false],
        [0.5, true],
        [0.5, false],
        [0.5, true],
        [0.5, false],
      ],
      pairs: [
        [1, 0],
        [3, 2],
      ],
    },
    {
      name: "greedy from the highest treated score down, without replacement",
      units: [
        [0.7, true],
        [0.8, true],
        [0.74, false],
        [0.1, false],
      ],
      pairs: [
        [1, 2],
        [0, 3],
      ],
    },
    {
      name: "equal treated scores are taken in input order",
      units: [
        [0.5, true],
        [0.5, true],
        [0.5, false],
      ],
      pairs: [[0, 2]],
      unmatched: [1],
    },
    {
      name: "caliper: a distance equal to the width matches, a larger one does not",
      units: [
        [0.75, true],
        [0.5, false],
        [0.25, true],
        [0.0, true],
      ],
      caliper: 0.25,
      pairs: [[0, 1]],
      unmatched: [2, 3],
    },
    {
      name: "caliper leaves a unit unmatched when its nearest was taken",
      units: [
        [0.5, true],
        [0.45, true],
        [0.5, false],
        [0.1, false],
      ],
      caliper: 0.1,
      pairs: [[0, 2]],
      unmatched: [1],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const result = run(tc.units, tc.caliper ?? null);
      expect(result.pairs).toEqual(tc.pairs);
      expect(result.unmatchedTreated).toEqual(tc.unmatched ?? []);
    });
  }
});

/**
 * The rule as MatchIt 4.5's nn_matchC_vec applies it, written out directly in
 * O(n·m): every unit sorted stably by score; treated from the highest score
 * down (input order among equal scores); each scans down and up from its own
 * position to the first available control on each side, drops a side outside
 * the caliper, and takes the lower side unless the upper one is strictly nearer.
 */
function bruteForce(scores: number[], treated: boolean[], caliper: number | null) {
  const sorted = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  const order = sorted.filter((i) => treated[i]).reverse();
  // Reversing the stable ascending order would put equal treated scores in reverse input order.
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const taken = new Set<number>();
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  const available = (i: number | undefined) => i !== undefined && !treated[i] && !taken.has(i);
  for (const t of order) {
    const position = sorted.indexOf(t);
    let down = position - 1;
    while (down >= 0 && !available(sorted[down])) down--;
    let up = position + 1;
    while (up < sorted.length && !available(sorted[up])) up++;
    const distance = (k: number) => Math.abs(scores[sorted[k]!]! - scores[t]!);
    const within = (k: number) => caliper === null || distance(k) <= caliper;
    const below = down >= 0 && within(down) ? sorted[down]! : null;
    const above = up < sorted.length && within(up) ? sorted[up]! : null;
    const chosen =
      below !== null && above !== null
        ? distance(down) <= distance(up)
          ? below
          : above
        : (below ?? above);
    if (chosen === null) unmatched.push(t);
    else {
      taken.add(chosen);
      pairs.push([t, chosen]);
    }
  }
  return { pairs, unmatchedTreated: unmatched };
}

test("agrees with the brute-force rules on random inputs full of ties", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), fc.boolean()), {
        minLength: 1,
        maxLength: 40,
      }),
      fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      (raw, caliper) => {
        // Scores on a grid of sixteenths, so distances are exact and ties are real.
        const scores = raw.map(([k]) => k / 16);
        const treated = raw.map(([, t]) => t);
        const width = caliper === null ? null : caliper / 16;
        const fast = run(
          raw.map(([k, t]) => [k / 16, t]),
          width,
        );
        expect(fast).toEqual(bruteForce(scores, treated, width));
      },
    ),
    { numRuns: 500 },
  );
});

/** Scores on a grid of sixteenths, so distances are exact and ties are real. */
const gridUnits = fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), fc.boolean()), {
  minLength: 1,
  maxLength: 40,
});

test("each control is used once; without a caliper min(treated, controls) pairs form", () => {
  fc.assert(
    fc.property(gridUnits, (raw) => {
      const { pairs, unmatchedTreated } = run(raw.map(([k, t]) => [k / 16, t]));
      const nTreated = raw.filter(([, t]) => t).length;
      const controls = pairs.map(([, c]) => c);
      expect(new Set(controls).size).toBe(controls.length);
      for (const [t, c] of pairs) {
        expect(raw[t]![1]).toBe(true);
        expect(raw[c]![1]).toBe(false);
      }
      expect(pairs.length).toBe(Math.min(nTreated, raw.length - nTreated));
      expect(pairs.length + unmatchedTreated.length).toBe(nTreated);
    }),
    { numRuns: 300 },
  );
});

test("with distinct scores the input order does not matter", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 30 }),
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      fc.integer({ min: 1, max: 1_000_000 }),
      (keys, flags, seed) => {
        const units: Case["units"] = keys.map((k, i) => [k / 1024, flags[i]!]);
        // A seeded shuffle, and the pairs mapped back to the original indices.
        const order = units.map((_, i) => i);
        let state = seed;
        for (let i = order.length - 1; i > 0; i--) {
          state = (state * 48271) % 2147483647;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const shuffled = run(order.map((i) => units[i]!));
        const back = shuffled.pairs.map(([t, c]) => [order[t]!, order[c]!]);
        expect(back).toEqual(run(units).pairs);
      },
    ),
    { numRuns: 200 },
  );
});

test("a caliper never admits a pair farther apart than its width", () => {
  fc.assert(
    fc.property(gridUnits, fc.integer({ min: 0, max: 4 }), (raw, k) => {
      const width = k / 16;
      const { pairs } = run(
        raw.map(([s, t]) => [s / 16, t]),
        width,
      );
      for (const [t, c] of pairs)
        expect(Math.abs(raw[t]![0] - raw[c]![0]) / 16).toBeLessThanOrEqual(width);
    }),
    { numRuns: 300 },
  );
});

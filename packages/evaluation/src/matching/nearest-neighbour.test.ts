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
      name: "identical scores above: the later control in the input",
      units: [
        [0.5, false],
        [0.5, false],
        [0.375, true],
        [0.5, false],
        [0.0625, false],
      ],
      pairs: [[2, 3]],
    },
    {
      name: "identical to the treated score: the later control in the input",
      units: [
        [0.5, false],
        [0.5, true],
        [0.5, false],
      ],
      pairs: [[1, 2]],
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

/** The rules written out directly, O(n·m): the reference the fast version must agree with. */
function bruteForce(scores: number[], treated: boolean[], caliper: number | null) {
  const order = scores
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => treated[i])
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const taken = new Set<number>();
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  for (const { s, i } of order) {
    let best = -1;
    for (let c = 0; c < scores.length; c++) {
      if (treated[c] || taken.has(c)) continue;
      if (best < 0) {
        best = c;
        continue;
      }
      const d = Math.abs(scores[c]! - s);
      const db = Math.abs(scores[best]! - s);
      if (
        d < db ||
        (d === db && (scores[c]! < scores[best]! || (scores[c] === scores[best] && c > best)))
      )
        best = c;
    }
    if (best < 0 || (caliper !== null && Math.abs(scores[best]! - s) > caliper)) unmatched.push(i);
    else {
      taken.add(best);
      pairs.push([i, best]);
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

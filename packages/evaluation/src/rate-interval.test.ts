import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ratesByGroup, rateWithConfidenceInterval } from "./rate-interval";

describe("rateWithConfidenceInterval", () => {
  // Reference values: R `prop.test(x, n, correct = FALSE)$conf.int` (the Wilson interval)
  // and Newcombe (1998), table I, method 3.
  const cases = [
    { name: "81 of 263 (Newcombe)", s: 81, n: 263, lower: 0.2553, upper: 0.3662 },
    { name: "15 of 148 (Newcombe)", s: 15, n: 148, lower: 0.0624, upper: 0.1605 },
    { name: "0 of 20 (Newcombe)", s: 0, n: 20, lower: 0, upper: 0.1611 },
    { name: "1 of 29 (Newcombe)", s: 1, n: 29, lower: 0.0061, upper: 0.1718 },
    { name: "192 of 320 (by hand)", s: 192, n: 320, lower: 0.54545, upper: 0.65219 },
    { name: "all successes", s: 10, n: 10, lower: 0.7225, upper: 1 },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const r = rateWithConfidenceInterval(tc.s, tc.n);
      expect(r.rate).toBeCloseTo(tc.s / tc.n, 12);
      expect(r.lower).toBeCloseTo(tc.lower, 4);
      expect(r.upper).toBeCloseTo(tc.upper, 4);
    });
  }

  test("n = 0 gives no rate", () =>
    expect(rateWithConfidenceInterval(0, 0)).toEqual({
      successes: 0,
      n: 0,
      rate: null,
      lower: null,
      upper: null,
    }));

  test("rejects impossible counts", () => {
    expect(() => rateWithConfidenceInterval(5, 4)).toThrow(RangeError);
    expect(() => rateWithConfidenceInterval(-1, 4)).toThrow(RangeError);
    expect(() => rateWithConfidenceInterval(1.5, 4)).toThrow(RangeError);
  });

  test("the interval lies in [0, 1] and contains the rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const s = Math.round(f * n);
          const r = rateWithConfidenceInterval(s, n);
          return 0 <= r.lower! && r.lower! <= r.rate! && r.rate! <= r.upper! && r.upper! <= 1;
        },
      ),
    );
  });
});

test("ratesByGroup counts per group in first-seen order", () => {
  const rows = [
    { activity: "praktik", work: true },
    { activity: "validering", work: false },
    { activity: "praktik", work: false },
    { activity: "praktik", work: true },
  ];
  const result = ratesByGroup(
    rows,
    (r) => r.activity,
    (r) => r.work,
  );
  expect(result.map((g) => [g.group, g.rate.successes, g.rate.n])).toEqual([
    ["praktik", 2, 3],
    ["validering", 0, 1],
  ]);
});

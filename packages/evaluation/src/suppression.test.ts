import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishCount, publishRate } from "./suppression";

describe("publishCount", () => {
  const cases = [
    { name: "zero is shown", count: 0, expected: { value: 0, suppressed: false } },
    { name: "1 is suppressed", count: 1, expected: { value: null, suppressed: true } },
    { name: "4 is suppressed", count: 4, expected: { value: null, suppressed: true } },
    { name: "5 is shown", count: 5, expected: { value: 5, suppressed: false } },
    { name: "400 is shown", count: 400, expected: { value: 400, suppressed: false } },
  ];
  for (const tc of cases) it(tc.name, () => expect(publishCount(tc.count)).toEqual(tc.expected));

  it("never reveals a count between 1 and threshold − 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        (count, threshold) => {
          const published = publishCount(count, threshold);
          if (count < threshold) return published.value === null && published.suppressed;
          return published.value === count && !published.suppressed;
        },
      ),
    );
  });

  it("hides a rate whose numerator or denominator is suppressed", () => {
    expect(publishRate(publishCount(3), publishCount(10), 0.3)).toBeNull();
    expect(publishRate(publishCount(8), publishCount(10), 0.8)).toBe(0.8);
  });
});

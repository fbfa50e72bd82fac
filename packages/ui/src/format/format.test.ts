import { describe, expect, test } from "vitest";
import { formatDate, formatNumber, formatPercent, parseLocaleNumber } from "./format";

const normalise = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("Swedish formats", () => {
  const cases: [string, string, string][] = [
    ["thousands", normalise(formatNumber(1234)), "1 234"],
    ["decimal comma", formatNumber(12.5), "12,5"],
    ["percent", normalise(formatPercent(0.8)), "80 %"],
    ["percent with decimal", normalise(formatPercent(0.125)), "12,5 %"],
    ["iso date passes through", formatDate("2026-11-23"), "2026-11-23"],
  ];
  for (const [name, actual, expected] of cases) test(name, () => expect(actual).toBe(expected));

  test("reads Swedish numbers", () => {
    expect(parseLocaleNumber("12,5")).toBe(12.5);
    expect(parseLocaleNumber("1 234")).toBe(1234);
    expect(parseLocaleNumber("")).toBeUndefined();
    expect(parseLocaleNumber("abc")).toBeNaN();
  });
});

import { describe, expect, test } from "vitest";
import { parseCutpoints } from "./parse-cutpoints";
import { parseNumber } from "./read-units";

describe("parseNumber", () => {
  const cases: [string, number | null][] = [
    ["12", 12],
    ["-1.5", -1.5],
    [".5", 0.5],
    ["1e3", 1000],
    ["", null],
    ["1,5", null],
    ["NaN", null],
    ["Infinity", null],
    ["0x10", null],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => expect(parseNumber(text)).toBe(expected));
});

describe("parseCutpoints", () => {
  test("several covariates", () =>
    expect(parseCutpoints("age=20,30, 40; months = 24,36")).toEqual({
      age: [20, 30, 40],
      months: [24, 36],
    }));
  const bad = ["age", "=1,2", "age=1,x", "age=3,2", "age=1;age=2", "age=1,,2"];
  for (const text of bad)
    test(`rejects ${JSON.stringify(text)}`, () => expect(() => parseCutpoints(text)).toThrow());
});

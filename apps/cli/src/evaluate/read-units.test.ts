import { describe, expect, test } from "vitest";
import { parseCutpoints } from "./parse-cutpoints";
import { hasLeadingZero, isNumericColumn, parseNumber } from "./read-units";

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

describe("hasLeadingZero", () => {
  const cases: [string, boolean][] = [
    ["0880", true],
    ["07", true],
    ["00", true],
    ["-01", true],
    ["+007.5", true],
    ["0", false],
    ["0.5", false],
    ["-0.25", false],
    ["0e3", false],
    [".05", false],
    ["880", false],
    ["10", false],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => expect(hasLeadingZero(text)).toBe(expected));
});

describe("isNumericColumn", () => {
  test("numbers, zero and decimals below one", () =>
    expect(isNumericColumn(["0", "12", "0.5", "-3", "1e3"])).toBe(true));
  test("one code with a leading zero makes the column text", () =>
    expect(isNumericColumn(["880", "1080", "0880"])).toBe(false));
  test("one value that is not a number makes the column text", () =>
    expect(isNumericColumn(["1", "2", "US"])).toBe(false));
  test("a column without values is not numeric", () => expect(isNumericColumn([])).toBe(false));
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

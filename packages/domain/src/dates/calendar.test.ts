import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, addMonths, ageOn, compareIsoDates, daysBetween, monthsBetween } from "./calendar";
import { IsoDateSchema } from "./iso-date";

describe("IsoDateSchema", () => {
  const cases = [
    { value: "2025-01-02", ok: true },
    { value: "2024-02-29", ok: true },
    { value: "2025-02-29", ok: false },
    { value: "1900-02-29", ok: false },
    { value: "2000-02-29", ok: true },
    { value: "2025-13-01", ok: false },
    { value: "2025-00-10", ok: false },
    { value: "2025-04-31", ok: false },
    { value: "2025-1-02", ok: false },
    { value: "20250102", ok: false },
    { value: "2025-01-02T00:00:00Z", ok: false },
  ];
  for (const tc of cases) {
    test(`${tc.value} → ${tc.ok ? "valid" : "invalid"}`, () => {
      const result = IsoDateSchema.safeParse(tc.value);
      expect(result.success).toBe(tc.ok);
      if (!result.success) expect(result.error.issues[0]?.message).toBe("validation.date.invalid");
    });
  }
});

describe("calendar arithmetic", () => {
  const cases = [
    { name: "add days across a leap day", got: () => addDays("2024-02-28", 2), want: "2024-03-01" },
    { name: "add days across a year", got: () => addDays("2025-12-30", 5), want: "2026-01-04" },
    { name: "subtract days", got: () => addDays("2025-03-01", -1), want: "2025-02-28" },
    { name: "90 days after exit", got: () => addDays("2025-08-01", 90), want: "2025-10-30" },
    {
      name: "days between, forwards",
      got: () => daysBetween("2025-01-02", "2027-12-30"),
      want: 1092,
    },
    {
      name: "days between, backwards",
      got: () => daysBetween("2025-01-10", "2025-01-02"),
      want: -8,
    },
    {
      name: "add a month to 31 January (leap)",
      got: () => addMonths("2024-01-31", 1),
      want: "2024-02-29",
    },
    {
      name: "add a month to 31 January",
      got: () => addMonths("2025-01-31", 1),
      want: "2025-02-28",
    },
    { name: "add 24 months", got: () => addMonths("2023-03-15", 24), want: "2025-03-15" },
    {
      name: "subtract months across a year",
      got: () => addMonths("2025-01-15", -2),
      want: "2024-11-15",
    },
    {
      name: "months between, one day short",
      got: () => monthsBetween("2023-03-15", "2025-03-14"),
      want: 23,
    },
    {
      name: "months between, exact",
      got: () => monthsBetween("2023-03-15", "2025-03-15"),
      want: 24,
    },
    {
      name: "months between, end of month",
      got: () => monthsBetween("2025-01-31", "2025-02-28"),
      want: 1,
    },
    {
      name: "months between, backwards",
      got: () => monthsBetween("2025-03-15", "2025-01-15"),
      want: -2,
    },
    {
      name: "age the day before a birthday",
      got: () => ageOn("2000-03-02", "2025-03-01"),
      want: 24,
    },
    { name: "age on the birthday", got: () => ageOn("2000-03-01", "2025-03-01"), want: 25 },
    {
      name: "leap-day birthday on 28 February",
      got: () => ageOn("2000-02-29", "2025-02-28"),
      want: 24,
    },
    {
      name: "leap-day birthday on 1 March",
      got: () => ageOn("2000-02-29", "2025-03-01"),
      want: 25,
    },
    { name: "compare earlier", got: () => compareIsoDates("2025-01-01", "2025-01-02"), want: -1 },
    { name: "compare equal", got: () => compareIsoDates("2025-01-01", "2025-01-01"), want: 0 },
    { name: "compare later", got: () => compareIsoDates("2026-01-01", "2025-12-31"), want: 1 },
    {
      name: "years before 100 keep their century",
      got: () => addDays("0099-12-31", 1),
      want: "0100-01-01",
    },
  ];
  for (const tc of cases) test(tc.name, () => expect(tc.got()).toEqual(tc.want));
});

const isoDate = fc
  .date({
    min: new Date("1890-01-01T00:00:00Z"),
    max: new Date("2100-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendar properties", () => {
  test("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
  test("monthsBetween(d, addMonths(d, n)) = n", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -1200, max: 1200 }), (date, n) => {
        // Clamping to a month's end loses the day, so only the forward direction is exact.
        if (n >= 0) expect(monthsBetween(date, addMonths(date, n))).toBe(n);
        else expect(monthsBetween(date, addMonths(date, n))).toBeLessThanOrEqual(n + 1);
      }),
    );
  });
  test("age grows by one every year on the birthday", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 120 }), (birth, years) => {
        const birthday = addMonths(birth, years * 12);
        if (birth.endsWith("02-29") && !birthday.endsWith("02-29")) return;
        expect(ageOn(birth, birthday)).toBe(years);
        if (years > 0) expect(ageOn(birth, addDays(birthday, -1))).toBe(years - 1);
      }),
    );
  });
});

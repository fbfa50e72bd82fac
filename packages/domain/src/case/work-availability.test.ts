import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import {
  validateWorkAvailabilityChange,
  WorkAvailabilityChangeSchema,
  workAvailabilityChangeSchemaFor,
} from "./work-availability";

const context = { startDate: "2026-01-05", previous: { percent: 100, until: null } };
const issuesOf = (input: unknown) => {
  const result = workAvailabilityChangeSchemaFor(context).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("a change of the work availability", () => {
  test.each([
    [{ percent: 100, until: "2026-06-30" }, []],
    [{ percent: 100, until: null }, []],
    [{ percent: 100, until: "2026-01-05" }, []],
    [
      { percent: 100, until: "2026-01-04" },
      [["until", "validation.workAvailability.until.beforeStart"]],
    ],
    [
      { percent: 0, until: null, reason: "Nytt beslut" },
      [["percent", "validation.workAvailability.percent.range"]],
    ],
    [
      { percent: 101, until: null, reason: "Nytt beslut" },
      [["percent", "validation.workAvailability.percent.range"]],
    ],
    [
      { percent: 50.5, until: null, reason: "Nytt beslut" },
      [["percent", "validation.workAvailability.percent.invalid"]],
    ],
    [{ percent: 100, until: "2026-02-30" }, [["until", "validation.date.invalid"]]],
    [{ percent: 50, until: null }, [["reason", "validation.recordCorrection.reason.required"]]],
    [{ percent: 50, until: null, reason: "Nytt beslut från AF" }, []],
  ])("%j gives %j", (input, expected) => expect(issuesOf(input)).toEqual(expected));

  test("the API's context-free schema accepts what the form's rules then refuse", () => {
    expect(
      WorkAvailabilityChangeSchema.safeParse({ percent: 100, until: "2025-01-01" }).success,
    ).toBe(true);
    expect(validateWorkAvailabilityChange({ percent: 100, until: "2025-01-01" }, context)).toEqual([
      { field: "until", messageKey: "validation.workAvailability.until.beforeStart" },
    ]);
  });

  test("an until date is refused exactly when it is before the start", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const until = addDays(context.startDate, offset);
        const errors = validateWorkAvailabilityChange({ percent: 100, until }, context);
        expect(errors.length > 0).toBe(offset < 0);
      }),
    );
  });
});

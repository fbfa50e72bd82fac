import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, compareIsoDates } from "../dates/calendar";
import { getProject } from "../projects/registry";
import { PersonCorrectionSchema } from "./person-correction";
import { isPastRetention, RetentionSchema, retentionEndsOn } from "./retention";

const day = fc.integer({ min: 0, max: 5000 }).map((n) => addDays("2020-01-01", n));

describe("retention", () => {
  test("OPIS keeps personal data 72 months after its end; other projects default to the same", () => {
    const opis = getProject("opis");
    if (!opis) throw new Error("no opis");
    expect(retentionEndsOn(opis)).toBe("2033-12-30");
    expect(retentionEndsOn({ period: { end: "2027-06-30" } })).toBe("2033-06-30");
    expect(
      retentionEndsOn({ period: { end: "2027-06-30" }, retention: { monthsAfterEnd: 12 } }),
    ).toBe("2028-06-30");
  });

  test("a period outside 1–240 whole months is refused with its message", () => {
    for (const monthsAfterEnd of [0, 241, 1.5]) {
      const parsed = RetentionSchema.safeParse({ monthsAfterEnd });
      expect(parsed.error?.issues[0]?.message).toBe("validation.project.retention.months");
    }
  });

  test("property: due exactly on the days after the retention end, never before", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 240 }), day, (end, months, today) => {
        const project = { period: { end }, retention: { monthsAfterEnd: months } };
        const last = retentionEndsOn(project);
        expect(compareIsoDates(last, end)).toBeGreaterThan(0);
        expect(isPastRetention(project, today)).toBe(compareIsoDates(today, last) > 0);
        expect(isPastRetention(project, last)).toBe(false);
        expect(isPastRetention(project, addDays(last, 1))).toBe(true);
      }),
    );
  });
});

describe("person correction", () => {
  test("needs something to correct and a reason", () => {
    expect(
      PersonCorrectionSchema.safeParse({ reason: "Felstavat namn" }).error?.issues[0]?.message,
    ).toBe("validation.correction.nothingToCorrect");
    expect(
      PersonCorrectionSchema.safeParse({ familyName: "Ek", reason: "" }).error?.issues[0]?.message,
    ).toBe("validation.correction.reason.required");
    expect(PersonCorrectionSchema.parse({ familyName: " Ek ", reason: "Felstavat namn" })).toEqual({
      familyName: "Ek",
      reason: "Felstavat namn",
    });
  });
});

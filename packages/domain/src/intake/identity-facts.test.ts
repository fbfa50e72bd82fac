import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import { OPIS_PROJECT } from "../projects/opis";
import {
  targetAgeRange,
  validateAgeInTargetGroup,
  validateFactsAgainstIdentity,
} from "./identity-facts";

const identity = { birthDate: "2001-05-04", legalGender: "man" as const };

describe("facts the personal identity number states", () => {
  test("a birth date that contradicts the number is refused", () => {
    expect(validateFactsAgainstIdentity({ birthDate: "1960-05-04" }, identity)).toEqual([
      { field: "birthDate", messageKey: "validation.intake.birthDate.contradictsIdentity" },
    ]);
    expect(validateFactsAgainstIdentity({ birthDate: "2001-05-04" }, identity)).toEqual([]);
  });

  test("gender may differ from the legal gender only by an explicit choice", () => {
    expect(validateFactsAgainstIdentity({ gender: "woman" }, identity)).toEqual([
      { field: "gender", messageKey: "validation.intake.gender.contradictsIdentity" },
    ]);
    expect(
      validateFactsAgainstIdentity({ gender: "nonBinary", genderDiffersFromLegal: true }, identity),
    ).toEqual([]);
    expect(validateFactsAgainstIdentity({ gender: "man" }, identity)).toEqual([]);
  });

  test("any birth date other than the number's is refused", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20000, max: 20000 }).filter((d) => d !== 0),
        (shift) => {
          const errors = validateFactsAgainstIdentity(
            { birthDate: addDays(identity.birthDate, shift) },
            identity,
          );
          return errors.length === 1 && errors[0]?.field === "birthDate";
        },
      ),
    );
  });
});

describe("age within the target group", () => {
  test("OPIS works with working age", () => {
    expect(targetAgeRange(OPIS_PROJECT)).toEqual({ min: 16, max: 67 });
    expect(validateAgeInTargetGroup(OPIS_PROJECT, "1900-01-01", "2026-03-16")).toEqual([
      "validation.intake.birthDate.ageOutsideTargetGroup",
    ]);
    expect(validateAgeInTargetGroup(OPIS_PROJECT, "2012-01-01", "2026-03-16")).toEqual([
      "validation.intake.birthDate.ageOutsideTargetGroup",
    ]);
    expect(validateAgeInTargetGroup(OPIS_PROJECT, "1990-01-01", "2026-03-16")).toEqual([]);
  });

  test("a required age rule sets the range", () => {
    const youth = {
      ...OPIS_PROJECT,
      targetGroupRules: [
        {
          id: "young",
          kind: "ageBetween" as const,
          min: 16,
          max: 29,
          strength: "required" as const,
        },
      ],
    };
    expect(targetAgeRange(youth)).toEqual({ min: 16, max: 29 });
    expect(validateAgeInTargetGroup(youth, "1990-01-01", "2026-03-16")).toHaveLength(1);
  });

  test("an age is accepted exactly when it lies in the range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 110 }), (years) => {
        const birth = `${2026 - years}-01-01`;
        const ok = validateAgeInTargetGroup(OPIS_PROJECT, birth, "2026-03-16").length === 0;
        return ok === (years >= 16 && years <= 67);
      }),
    );
  });
});

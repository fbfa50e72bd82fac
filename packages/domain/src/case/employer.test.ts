import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { luhnCheckDigit } from "../personnummer/luhn";
import {
  EmployerInputSchema,
  employerNameKey,
  isPlausiblePhoneNumber,
  isValidOrganisationNumber,
  likelyDuplicateEmployers,
} from "./employer";

const base = {
  name: "Vårdbolaget i Kalmar AB",
  organisationNumber: "556036-0793",
  industry: null,
  contactName: null,
  contactPhone: "0480-45 00 00",
  contactEmail: "info@vardbolaget.se",
};
const errorsOf = (input: object) =>
  EmployerInputSchema.safeParse(input).error?.issues.map(
    (i) => `${i.path.join(".")}:${i.message}`,
  ) ?? [];

describe("employer register input", () => {
  test("a valid employer passes", () => expect(errorsOf(base)).toEqual([]));
  test("a bad organisation-number checksum is refused", () =>
    expect(errorsOf({ ...base, organisationNumber: "556036-0794" })).toEqual([
      "organisationNumber:validation.employer.organisationNumber.checksum",
    ]));
  test('phone "abc" is refused', () =>
    expect(errorsOf({ ...base, contactPhone: "abc" })).toEqual([
      "contactPhone:validation.employer.contactPhone.format",
    ]));
  test("a malformed e-mail is refused", () =>
    expect(errorsOf({ ...base, contactEmail: "info@" })).toEqual([
      "contactEmail:validation.employer.contactEmail.format",
    ]));
  test("phone numbers as people write them", () => {
    for (const ok of ["+46 70-123 45 67", "0480450000", "070 123 45 67", "(0480) 45 00 00"])
      expect(isPlausiblePhoneNumber(ok), ok).toBe(true);
    for (const bad of ["abc", "12", "070-ABC", "+46 70 123 45 67 89 01 23"])
      expect(isPlausiblePhoneNumber(bad), bad).toBe(false);
  });
  test("every nine digits have exactly one valid tenth", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const valid = Array.from({ length: 10 }, (_, d) =>
          isValidOrganisationNumber(`${nine}${d}`),
        );
        return valid.filter(Boolean).length === 1 && valid[luhnCheckDigit(nine)] === true;
      }),
    );
  });
});

describe("duplicates", () => {
  const register = [
    { id: "e1", name: "Vårdbolaget i Kalmar AB", organisationNumber: null },
    { id: "e2", name: "Byggfirman", organisationNumber: "5560360793" },
  ];
  test("the same name in another case and without AB", () =>
    expect(
      likelyDuplicateEmployers(
        { name: "VARDBOLAGET I KALMAR", organisationNumber: null },
        register,
      ).map((e) => e.id),
    ).toEqual(["e1"]));
  test("the same organisation number under another name", () =>
    expect(
      likelyDuplicateEmployers(
        { name: "Bygg & Fix", organisationNumber: "556036-0793" },
        register,
      ).map((e) => e.id),
    ).toEqual(["e2"]));
  test("the employer itself is no duplicate when it is edited", () =>
    expect(likelyDuplicateEmployers(register[0] as (typeof register)[0], register, "e1")).toEqual(
      [],
    ));
  test("the name key ignores case and accents", () => {
    fc.assert(
      fc.property(fc.constantFrom("Åsa Städ", "Ömer Bygg", "Café Öland"), (name) => {
        return employerNameKey(name.toUpperCase()) === employerNameKey(name.normalize("NFD"));
      }),
    );
  });
});

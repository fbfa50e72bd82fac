import fc from "fast-check";
import { describe, expect, test } from "vitest";
import testNumbers from "../../test-vectors/test-numbers.json";
import { formatPersonalIdentityNumber, maskPersonalIdentityNumber } from "./format";
import { luhnCheckDigit } from "./luhn";
import { parsePersonalIdentityNumber } from "./parse";
import { personalIdentityNumberSchema } from "./schema";

// Only Skatteverket's test numbers (and corruptions of them) appear here.
const valid = [...testNumbers.personnummer, ...testNumbers.samordningsnummer];
const AS_OF = "2025-06-01";

describe("luhnCheckDigit", () => {
  const cases = [
    { digits: "640823323", want: 4 }, // Skatteverket's worked example
    { digits: "701063239", want: 1 }, // samordningsnummer example 701063-2391
    { digits: "850113999", want: 5 },
  ];
  for (const tc of cases) test(tc.digits, () => expect(luhnCheckDigit(tc.digits)).toBe(tc.want));
});

describe("formatPersonalIdentityNumber and mask", () => {
  const cases = [
    { canonical: "198501139995", form: "12" as const, asOf: AS_OF, want: "19850113-9995" },
    { canonical: "198501139995", form: "10" as const, asOf: AS_OF, want: "850113-9995" },
    { canonical: "192001011564", form: "10" as const, asOf: "2019-12-31", want: "200101-1564" },
    { canonical: "192001011564", form: "10" as const, asOf: "2020-01-01", want: "200101+1564" },
    { canonical: "198001662397", form: "10" as const, asOf: AS_OF, want: "800166-2397" },
  ];
  for (const tc of cases) {
    test(`${tc.want}`, () => {
      expect(formatPersonalIdentityNumber(tc.canonical, tc.form, tc.asOf)).toBe(tc.want);
    });
  }
  test("mask keeps the date and hides the last four", () => {
    expect(maskPersonalIdentityNumber("198501139995")).toBe("19850113-••••");
  });
  test("a non-canonical argument throws without echoing it", () => {
    expect(() => maskPersonalIdentityNumber("850113-9995")).toThrow(/^(?!.*9995)/);
    expect(() => formatPersonalIdentityNumber("8501139995", "12", AS_OF)).toThrow(TypeError);
    try {
      formatPersonalIdentityNumber("8501139995", "12", AS_OF);
    } catch (error) {
      expect(String(error)).not.toContain("8501139995");
    }
  });
});

describe("personalIdentityNumberSchema", () => {
  const schema = personalIdentityNumberSchema(AS_OF);
  test("outputs the canonical 12-digit form", () => {
    expect(schema.parse("850113-9995")).toBe("198501139995");
  });
  const failures = [
    { input: "", key: "validation.personnummer.empty" },
    { input: "85011", key: "validation.personnummer.format" },
    { input: "198502309993", key: "validation.personnummer.date" },
    { input: "198501139994", key: "validation.personnummer.checksum" },
    { input: "202312302397", key: "validation.personnummer.future", asOf: "2023-01-01" },
  ];
  for (const tc of failures) {
    test(`${tc.key}`, () => {
      const result = personalIdentityNumberSchema(tc.asOf ?? AS_OF).safeParse(tc.input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([tc.key]);
      // The number must never travel with the error (logs, error trackers).
      if (tc.input.length > 0) expect(JSON.stringify(result.error)).not.toContain(tc.input);
    });
  }
  test("a non-string is reported as empty", () => {
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe(
      "validation.personnummer.empty",
    );
  });
});

describe("test-number properties", () => {
  test("every sampled test number parses, with the gender Skatteverket lists", () => {
    for (const { number, legalGender } of valid) {
      const result = parsePersonalIdentityNumber(number, AS_OF);
      expect(result.ok && result.value.legalGender, number).toBe(legalGender);
    }
  });

  test("samordningsnummer with an unknown birth date are rejected as date", () => {
    for (const { number } of testNumbers.samordningsnummerWithUnknownDate) {
      expect(parsePersonalIdentityNumber(number, AS_OF)).toEqual({ ok: false, error: "date" });
    }
  });

  const asOfArb = fc.constantFrom("2024-01-01", "2025-06-01", "2030-12-31", "2089-12-31");

  test("valid numbers round-trip through format and parse (10 and 12 digits)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.constantFrom("10", "12"),
        asOfArb,
        (entry, form, asOf) => {
          const parsed = parsePersonalIdentityNumber(entry.number, asOf);
          if (!parsed.ok) {
            // Only "born after asOf" may fail, for the youngest test people.
            expect(parsed.error).toBe("future");
            return;
          }
          const written = formatPersonalIdentityNumber(
            parsed.value.canonical,
            form as "10" | "12",
            asOf,
          );
          const again = parsePersonalIdentityNumber(written, asOf);
          expect(again).toEqual(parsed);
        },
      ),
    );
  });

  test("every Luhn-invalid number is rejected", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom("12", "10"),
        (entry, delta, form) => {
          const wrong = (Number(entry.number[11]) + delta) % 10;
          const corrupted = `${entry.number.slice(0, 11)}${wrong}`;
          const input = form === "12" ? corrupted : corrupted.slice(2);
          expect(parsePersonalIdentityNumber(input, AS_OF)).toEqual({
            ok: false,
            error: "checksum",
          });
        },
      ),
    );
  });

  test("a changed serial digit is rejected (single-digit errors are always caught)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.integer({ min: 8, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (entry, position, delta) => {
          const digits = entry.number.split("");
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(parsePersonalIdentityNumber(digits.join(""), AS_OF)).toEqual({
            ok: false,
            error: "checksum",
          });
        },
      ),
    );
  });

  test("arbitrary strings never throw and fail with a known code", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const result = parsePersonalIdentityNumber(input, AS_OF);
        if (!result.ok)
          expect(["empty", "format", "date", "checksum", "future"]).toContain(result.error);
        else expect(result.value.canonical).toMatch(/^\d{12}$/);
      }),
    );
  });
});

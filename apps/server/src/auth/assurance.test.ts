import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { KNOWN_ACR_VALUES, meetsRequiredAcr } from "./assurance";

const loa = (n: number) => `http://id.elegnamnden.se/loa/1.0/loa${n}`;

describe("meetsRequiredAcr", () => {
  test("without a requirement every login passes, with or without acr", () => {
    expect(meetsRequiredAcr(undefined, null)).toBe(true);
    expect(meetsRequiredAcr(loa(1), null)).toBe(true);
  });

  test("a lower level is refused, the same or a higher one accepted", () => {
    expect(meetsRequiredAcr(loa(2), loa(3))).toBe(false);
    expect(meetsRequiredAcr(loa(3), loa(3))).toBe(true);
    expect(meetsRequiredAcr(loa(4), loa(3))).toBe(true);
    expect(meetsRequiredAcr("http://eidas.europa.eu/LoA/substantial", loa(3))).toBe(true);
    expect(meetsRequiredAcr("http://id.elegnamnden.se/loa/1.0/uncertified-loa3", loa(3))).toBe(
      false,
    );
  });

  test("a missing acr never meets a requirement", () => {
    expect(meetsRequiredAcr(undefined, loa(2))).toBe(false);
    expect(meetsRequiredAcr("", loa(2))).toBe(false);
  });

  test("values outside the known scales only equal themselves", () => {
    expect(meetsRequiredAcr("urn:example:strong", "urn:example:strong")).toBe(true);
    expect(meetsRequiredAcr(loa(4), "urn:example:strong")).toBe(false);
    expect(meetsRequiredAcr("urn:example:strong", loa(1))).toBe(false);
  });

  test("property: the order is reflexive and transitive over the known values", () => {
    const value = fc.constantFrom(...KNOWN_ACR_VALUES);
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        expect(meetsRequiredAcr(a, a)).toBe(true);
        if (meetsRequiredAcr(a, b) && meetsRequiredAcr(b, c)) {
          expect(meetsRequiredAcr(a, c)).toBe(true);
        }
      }),
    );
  });
});

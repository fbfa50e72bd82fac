import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import {
  type ConsentAtIntake,
  ConsentAtIntakeSchema,
  municipalityAccess,
  PRIVACY_NOTICE_VERSION,
  SHARING_CONSENT_STATUSES,
  STATUSES_WITHOUT_MUNICIPALITY_ACCESS,
  validateConsentAtIntake,
  validateWithdrawal,
} from "./consent";

const consent = (overrides: Partial<ConsentAtIntake> = {}): ConsentAtIntake => ({
  informedOn: "2026-12-01",
  noticeVersion: PRIVACY_NOTICE_VERSION,
  sharing: "given",
  decidedOn: "2026-12-01",
  healthDataBasis: "explicitConsent",
  ...overrides,
});

describe("consent at intake", () => {
  test("the schema names the field that is missing", () => {
    const parsed = ConsentAtIntakeSchema.safeParse({ informedOn: "2026-12-01" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toContain("sharing:validation.consent.sharing.required");
    expect(messages).toContain("healthDataBasis:validation.consent.healthDataBasis.required");
  });

  test("a valid record passes", () => {
    expect(validateConsentAtIntake(consent(), "2026-12-03", true)).toEqual([]);
  });

  test("dates in the future, and an answer before the information, are refused", () => {
    expect(
      validateConsentAtIntake(
        consent({ informedOn: "2026-12-04", decidedOn: "2026-12-05" }),
        "2026-12-03",
        false,
      ).map((e) => e.messageKey),
    ).toEqual(["validation.consent.informedOn.future", "validation.consent.decidedOn.future"]);
    expect(
      validateConsentAtIntake(consent({ decidedOn: "2026-11-30" }), "2026-12-03", false),
    ).toEqual([{ field: "decidedOn", messageKey: "validation.consent.decidedOn.beforeInformed" }]);
  });

  test("a disability is recorded only with explicit consent (art. 9)", () => {
    expect(
      validateConsentAtIntake(consent({ healthDataBasis: "notRecorded" }), "2026-12-03", true),
    ).toEqual([
      { field: "healthDataBasis", messageKey: "validation.consent.healthDataBasis.mismatch" },
    ]);
    expect(
      validateConsentAtIntake(consent({ healthDataBasis: "notRecorded" }), "2026-12-03", false),
    ).toEqual([]);
  });
});

describe("the municipality's access", () => {
  test("examples: given → full, declined or withdrawn → none, not recorded → full", () => {
    expect(
      municipalityAccess({ status: "given", decidedOn: "2026-01-01", withdrawnOn: null }),
    ).toBe("full");
    expect(
      municipalityAccess({ status: "declined", decidedOn: "2026-01-01", withdrawnOn: null }),
    ).toBe("none");
    expect(
      municipalityAccess({
        status: "withdrawn",
        decidedOn: "2026-01-01",
        withdrawnOn: "2026-02-01",
      }),
    ).toBe("none");
    expect(municipalityAccess(null)).toBe("full");
  });

  test("property: the database's list of blocking statuses says exactly what the rule says", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHARING_CONSENT_STATUSES), (status) => {
        const blocked =
          municipalityAccess({ status, decidedOn: "2026-01-01", withdrawnOn: null }) === "none";
        expect(STATUSES_WITHOUT_MUNICIPALITY_ACCESS.includes(status)).toBe(blocked);
      }),
    );
  });

  test("property: a withdrawn consent never gives access, whatever the dates", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), (decidedOn, withdrawnOn) => {
        expect(municipalityAccess({ status: "withdrawn", decidedOn, withdrawnOn })).toBe("none");
        if (withdrawnOn !== null) {
          expect(municipalityAccess({ status: "given", decidedOn, withdrawnOn })).toBe("none");
        }
      }),
    );
  });
});

describe("withdrawal", () => {
  const given = { status: "given" as const, decidedOn: "2026-11-01", withdrawnOn: null };
  test("only a given consent can be withdrawn, on a day from the consent up to today", () => {
    expect(validateWithdrawal(given, "2026-12-03", "2026-12-03")).toBeNull();
    expect(validateWithdrawal(given, "2026-12-04", "2026-12-03")).toBe(
      "validation.consent.withdrawnOn.future",
    );
    expect(validateWithdrawal(given, "2026-10-31", "2026-12-03")).toBe(
      "validation.consent.withdrawnOn.beforeConsent",
    );
    expect(validateWithdrawal({ ...given, status: "declined" }, "2026-12-03", "2026-12-03")).toBe(
      "validation.consent.notGiven",
    );
  });
});

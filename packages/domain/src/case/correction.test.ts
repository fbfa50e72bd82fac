import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CORRECTION_REASON_MAX, CorrectionReasonSchema } from "./correction";

const messageOf = (value: string) =>
  CorrectionReasonSchema.safeParse(value).error?.issues[0]?.message;

describe("a correction's reason", () => {
  test("is required, even as blanks", () => {
    expect(messageOf("")).toBe("validation.recordCorrection.reason.required");
    expect(messageOf("   ")).toBe("validation.recordCorrection.reason.required");
  });
  test("is at most 500 characters", () =>
    expect(messageOf("x".repeat(CORRECTION_REASON_MAX + 1))).toBe(
      "validation.recordCorrection.reason.tooLong",
    ));
  test("any short non-blank text is a reason", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9 ,.]{1,200}$/), (text) => {
        return text.trim() === "" || CorrectionReasonSchema.safeParse(text).success;
      }),
    );
  });
});

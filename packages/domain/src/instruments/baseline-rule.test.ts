import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateSingleBaseline } from "./baseline-rule";
import { ASSESSMENT_PHASES } from "./instrument";

const existing = [{ id: "a1", instrumentId: "languageLevel", phase: "baseline" as const }];

describe("one baseline per instrument", () => {
  test("a second baseline of the same instrument is refused", () =>
    expect(
      validateSingleBaseline({ instrumentId: "languageLevel", phase: "baseline" }, existing),
    ).toEqual(["validation.assessment.phase.baselineExists"]));
  test("another instrument's baseline is fine", () =>
    expect(
      validateSingleBaseline({ instrumentId: "lifeWheel", phase: "baseline" }, existing),
    ).toEqual([]));
  test("correcting the baseline itself is fine", () =>
    expect(
      validateSingleBaseline({ instrumentId: "languageLevel", phase: "baseline" }, existing, "a1"),
    ).toEqual([]));
  test("only a baseline can clash", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSESSMENT_PHASES), (phase) => {
        const errors = validateSingleBaseline({ instrumentId: "languageLevel", phase }, existing);
        return errors.length === (phase === "baseline" ? 1 : 0);
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import type { Assessment } from "./assessment";
import { CLOSENESS_TO_WORK_RATING, LANGUAGE_LEVEL_SCALE, LIFE_WHEEL } from "./standard";
import { validateAssessment } from "./validate-assessment";

const base: Assessment = {
  instrumentId: "languageLevel",
  phase: "baseline",
  assessedOn: "2025-02-01",
  value: 3,
};

describe("validateAssessment", () => {
  const cases = [
    { name: "a step on the scale", instrument: LANGUAGE_LEVEL_SCALE, input: base, want: [] },
    {
      name: "step 7 does not exist",
      instrument: LANGUAGE_LEVEL_SCALE,
      input: { ...base, value: 7 },
      want: ["validation.assessment.value.range"],
    },
    {
      name: "step 0 does not exist",
      instrument: LANGUAGE_LEVEL_SCALE,
      input: { ...base, value: 0 },
      want: ["validation.assessment.value.range"],
    },
    {
      name: "the language scale is not used at follow-up",
      instrument: LANGUAGE_LEVEL_SCALE,
      input: { ...base, phase: "followUp" as const },
      want: ["validation.assessment.phase.notUsed"],
    },
    {
      name: "wrong instrument",
      instrument: CLOSENESS_TO_WORK_RATING,
      input: base,
      want: ["validation.assessment.instrument.mismatch"],
    },
    {
      name: "rating 10",
      instrument: CLOSENESS_TO_WORK_RATING,
      input: { ...base, instrumentId: "closenessToWork", value: 10 },
      want: [],
    },
    {
      name: "life wheel needs a known area",
      instrument: LIFE_WHEEL,
      input: { ...base, instrumentId: "lifeWheel", value: 5, area: "pets" },
      want: ["validation.assessment.area.invalid"],
    },
    {
      name: "life wheel area",
      instrument: LIFE_WHEEL,
      input: { ...base, instrumentId: "lifeWheel", value: 5, area: "housing" },
      want: [],
    },
    {
      name: "a scale has no areas",
      instrument: LANGUAGE_LEVEL_SCALE,
      input: { ...base, area: "housing" },
      want: ["validation.assessment.area.invalid"],
    },
  ];
  for (const tc of cases)
    test(tc.name, () => expect(validateAssessment(tc.instrument, tc.input)).toEqual(tc.want));
});

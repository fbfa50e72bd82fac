import { describe, expect, test } from "vitest";
import {
  type AssessmentRecord,
  expandAssessmentRecord,
  validateAssessmentRecord,
} from "./assessment-record";
import { CLOSENESS_TO_WORK_RATING, LANGUAGE_LEVEL_SCALE, LIFE_WHEEL } from "./standard";

const base = {
  phase: "baseline" as const,
  assessedOn: "2026-03-01",
  value: null,
  areaValues: null,
};
const fullWheel = Object.fromEntries(LIFE_WHEEL.areas.map((a) => [a.id, 5]));

describe("validateAssessmentRecord", () => {
  const cases: {
    name: string;
    instrument: typeof LANGUAGE_LEVEL_SCALE | typeof CLOSENESS_TO_WORK_RATING | typeof LIFE_WHEEL;
    record: Partial<AssessmentRecord>;
    expected: string[];
  }[] = [
    {
      name: "a language step",
      instrument: LANGUAGE_LEVEL_SCALE,
      record: { value: 3 },
      expected: [],
    },
    {
      name: "a step above the scale",
      instrument: LANGUAGE_LEVEL_SCALE,
      record: { value: 7 },
      expected: ["validation.assessment.value.range"],
    },
    {
      name: "no value",
      instrument: CLOSENESS_TO_WORK_RATING,
      record: {},
      expected: ["validation.assessment.value.required"],
    },
    {
      name: "a full life wheel",
      instrument: LIFE_WHEEL,
      record: { areaValues: fullWheel },
      expected: [],
    },
    {
      name: "a life wheel missing an area",
      instrument: LIFE_WHEEL,
      record: { areaValues: { health: 4 } },
      expected: ["validation.assessment.areas.incomplete"],
    },
    {
      name: "a life wheel with an unknown area",
      instrument: LIFE_WHEEL,
      record: { areaValues: { ...fullWheel, luck: 3 } },
      expected: ["validation.assessment.area.invalid"],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const record = { ...base, instrumentId: tc.instrument.id, ...tc.record };
      expect(validateAssessmentRecord(tc.instrument, record)).toEqual(tc.expected);
    });
  }
});

test("a life wheel expands to one value per area", () => {
  const record = { ...base, instrumentId: LIFE_WHEEL.id, areaValues: fullWheel };
  expect(expandAssessmentRecord(record)).toHaveLength(LIFE_WHEEL.areas.length);
});

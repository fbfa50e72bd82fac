import { describe, expect, test } from "vitest";
import { ageBandOf } from "./age-band";
import { IntakeFactsSchema } from "./intake-facts";

const valid = {
  gender: "man",
  birthDate: "1975-10-01",
  municipalityCode: "0883",
  monthsRegisteredAtAf: 36,
  earlierSupportTried: true,
  labourMarketAssessmentDate: null,
  workAvailabilityPercent: 50,
  participatesOnSite: true,
  hasDisabilityReducingWorkCapacity: false,
  educationLevel: "3",
  birthRegion: "sweden",
  languageLevel: 6,
};

describe("IntakeFactsSchema", () => {
  test("accepts a complete intake, with no labour-market assessment", () => {
    expect(IntakeFactsSchema.parse(valid)).toEqual(valid);
  });
  const cases = [
    {
      field: "workAvailabilityPercent",
      value: 101,
      key: "validation.intake.workAvailabilityPercent.range",
    },
    {
      field: "workAvailabilityPercent",
      value: -1,
      key: "validation.intake.workAvailabilityPercent.range",
    },
    {
      field: "workAvailabilityPercent",
      value: 50.5,
      key: "validation.intake.workAvailabilityPercent.invalid",
    },
    {
      field: "monthsRegisteredAtAf",
      value: 601,
      key: "validation.intake.monthsRegisteredAtAf.range",
    },
    {
      field: "monthsRegisteredAtAf",
      value: "12",
      key: "validation.intake.monthsRegisteredAtAf.invalid",
    },
    { field: "languageLevel", value: 0, key: "validation.intake.languageLevel.range" },
    { field: "languageLevel", value: 7, key: "validation.intake.languageLevel.range" },
    { field: "municipalityCode", value: "0000", key: "validation.intake.municipalityCode.invalid" },
    { field: "gender", value: "unknown", key: "validation.intake.gender.required" },
    { field: "birthDate", value: "1975-02-30", key: "validation.date.invalid" },
    { field: "labourMarketAssessmentDate", value: "", key: "validation.date.invalid" },
    {
      field: "participatesOnSite",
      value: undefined,
      key: "validation.intake.participatesOnSite.required",
    },
    { field: "educationLevel", value: "8", key: "validation.intake.educationLevel.required" },
    { field: "birthRegion", value: "asia", key: "validation.intake.birthRegion.required" },
  ];
  for (const tc of cases) {
    test(`${tc.field} = ${JSON.stringify(tc.value)}`, () => {
      const result = IntakeFactsSchema.safeParse({ ...valid, [tc.field]: tc.value });
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        [tc.field, tc.key],
      ]);
    });
  }
});

describe("ageBandOf", () => {
  const cases = [
    [16, "under25"],
    [24, "under25"],
    [25, "25to29"],
    [29, "25to29"],
    [30, "30to54"],
    [54, "30to54"],
    [55, "55plus"],
    [66, "55plus"],
  ] as const;
  for (const [age, band] of cases)
    test(`${age} → ${band}`, () => expect(ageBandOf(age)).toBe(band));
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { IntakeFacts } from "../intake/intake-facts";
import { OPIS_PROJECT } from "../projects/opis";
import type { ProjectDefinition } from "../projects/project-definition";
import { assessEligibility } from "./assess-eligibility";
import { assessEligibilityOnPartialFacts } from "./assess-partial-facts";

const project: ProjectDefinition = {
  ...OPIS_PROJECT,
  targetGroupRules: [
    {
      id: "longTermOrYoung",
      kind: "anyOf",
      strength: "primary",
      of: [
        { kind: "registeredAtLeast", months: 12 },
        { kind: "ageBetween", max: 24 },
      ],
    },
    {
      id: "readyAndOnSite",
      kind: "allOf",
      strength: "required",
      of: [{ kind: "workAvailabilityAtLeast", percent: 50 }, { kind: "participatesOnSite" }],
    },
  ],
};

const facts: IntakeFacts = {
  gender: "man",
  birthDate: "1990-06-01",
  municipalityCode: "0680",
  monthsRegisteredAtAf: 6,
  earlierSupportTried: true,
  labourMarketAssessmentDate: "2025-01-10",
  workAvailabilityPercent: 100,
  participatesOnSite: true,
  hasDisabilityReducingWorkCapacity: false,
  educationLevel: "3",
  birthRegion: "sweden",
  languageLevel: 6,
};

describe("target-group rules combined with all/any", () => {
  const cases = [
    {
      name: "neither long-term nor young: an exception",
      change: {},
      outcome: "eligibleByException",
      keys: ["eligibility.anyOf.none", "eligibility.allOf.met"],
    },
    {
      name: "long-term registered",
      change: { monthsRegisteredAtAf: 12 },
      outcome: "eligible",
      keys: ["eligibility.anyOf.met", "eligibility.allOf.met"],
    },
    {
      name: "young",
      change: { birthDate: "2002-01-01" },
      outcome: "eligible",
      keys: ["eligibility.anyOf.met", "eligibility.allOf.met"],
    },
    {
      name: "remote: one of all fails",
      change: { monthsRegisteredAtAf: 30, participatesOnSite: false },
      outcome: "notEligible",
      keys: ["eligibility.anyOf.met", "eligibility.allOf.notAll"],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const result = assessEligibility(project, { ...facts, ...tc.change }, "2025-03-01");
      expect(result.outcome).toBe(tc.outcome);
      expect(result.rules.map((r) => r.reasonKey)).toEqual(tc.keys);
      expect(result.rules[0]?.parts?.length).toBe(2);
    });
  }
});

describe("eligibility on partial facts", () => {
  const keys = Object.keys(facts) as (keyof IntakeFacts)[];
  test("an anyOf rule is met as soon as one given criterion is met", () => {
    const live = assessEligibilityOnPartialFacts(
      project,
      { monthsRegisteredAtAf: 20 },
      "2025-03-01",
    );
    expect(live.rules[0]).toMatchObject({ missing: false, met: true });
    expect(live.rules[1]).toMatchObject({ missing: true });
    expect(live.outcome).toBeNull();
  });
  test("an allOf rule fails as soon as one given criterion fails", () => {
    const live = assessEligibilityOnPartialFacts(
      project,
      { participatesOnSite: false },
      "2025-03-01",
    );
    expect(live.rules[1]).toMatchObject({ missing: false, met: false });
    expect(live.outcome).toBe("notEligible");
  });
  test("whatever is given, every decided rule agrees with the full assessment", () => {
    fc.assert(
      fc.property(
        fc.subarray(keys),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        fc.constantFrom("1980-01-01", "2003-05-05"),
        (given, months, onSite, birthDate) => {
          const full = {
            ...facts,
            monthsRegisteredAtAf: months,
            participatesOnSite: onSite,
            birthDate,
          };
          const partial = Object.fromEntries(
            given.map((k) => [k, full[k]]),
          ) as Partial<IntakeFacts>;
          for (const p of [project, OPIS_PROJECT]) {
            const complete = assessEligibility(p, full, "2025-03-01");
            const live = assessEligibilityOnPartialFacts(p, partial, "2025-03-01");
            live.rules.forEach((rule, i) => {
              if (!rule.missing) expect(rule.met).toBe(complete.rules[i]?.met);
            });
            if (live.outcome !== null) expect(live.outcome).toBe(complete.outcome);
            if (given.length === keys.length) expect(live.outcome).toBe(complete.outcome);
          }
        },
      ),
    );
  });
});

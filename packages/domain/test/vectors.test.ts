import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  assessEligibility,
  computeGoalAttainment,
  getProject,
  IntakeFactsSchema,
  type ParticipantRecord,
  ParticipantRecordSchema,
  type ProjectDefinition,
  parsePersonalIdentityNumber,
  parseProjectDefinitionJson,
} from "../src/index";
import eligibilityVectors from "../test-vectors/eligibility.json";
import goalVectors from "../test-vectors/goal-attainment.json";
import personnummerVectors from "../test-vectors/personnummer.json";

// The vectors are the contract shared by server and browser: replay them verbatim.

// Projects defined as JSON files (test-vectors/projects/<id>.json), read as an organisation's file is.
function projectFromFile(id: string): ProjectDefinition | undefined {
  const url = new URL(`../test-vectors/projects/${id}.json`, import.meta.url);
  if (!existsSync(url)) return undefined;
  const result = parseProjectDefinitionJson(readFileSync(url, "utf8"));
  if (!result.ok) throw new Error(`${id}.json: ${JSON.stringify(result.errors)}`);
  return result.project;
}

function project(id: string): ProjectDefinition {
  const found = getProject(id) ?? projectFromFile(id);
  if (!found) throw new Error(`Unknown project in a test vector: ${id}`);
  return found;
}

describe("personnummer vectors", () => {
  for (const tc of personnummerVectors.cases) {
    test(tc.name, () => {
      expect(parsePersonalIdentityNumber(tc.input, tc.asOf)).toEqual(tc.expected);
    });
  }
});

describe("eligibility vectors", () => {
  for (const tc of eligibilityVectors.cases) {
    test(tc.name, () => {
      const facts = IntakeFactsSchema.parse(tc.facts);
      const result = assessEligibility(project(tc.project), facts, tc.asOf);
      expect(result.outcome).toBe(tc.expected.outcome);
      expect(result.rules.filter((r) => !r.met).map((r) => r.ruleId)).toEqual(
        tc.expected.unmetRuleIds,
      );
      expect(result.priorityGroups).toEqual(tc.expected.priorityGroups);
      if ("obstacles" in tc.expected) expect(result.obstacles).toEqual(tc.expected.obstacles);
      const reasonKeys = ("reasonKeys" in tc.expected ? tc.expected.reasonKeys : {}) as Record<
        string,
        string
      >;
      for (const [ruleId, reasonKey] of Object.entries(reasonKeys)) {
        expect(result.rules.find((r) => r.ruleId === ruleId)?.reasonKey).toBe(reasonKey);
      }
    });
  }
});

interface ExpectedGoal {
  numerator: number;
  denominator: number;
  pending: number;
  missing: number;
  status: string;
  genderNumerators?: Record<string, number>;
  genderDenominators?: Record<string, number>;
  municipalityDenominators?: Record<string, number>;
  siteDenominators?: Record<string, number>;
  disabilityDenominators?: Record<string, number>;
}

describe("goal-attainment vectors", () => {
  for (const tc of goalVectors.cases) {
    test(tc.name, () => {
      const records: ParticipantRecord[] = tc.records.map((r) => ParticipantRecordSchema.parse(r));
      const attainment = computeGoalAttainment(project(tc.project), records, tc.asOf);
      const { genderBalance, ...goals } = tc.expected as Record<string, unknown> & {
        genderBalance?: unknown;
      };
      if (genderBalance !== undefined) {
        expect(attainment.genderBalance).toMatchObject(genderBalance as object);
      }
      for (const [goalId, raw] of Object.entries(goals)) {
        const expected = raw as ExpectedGoal;
        const goal = attainment.goals.find((g) => g.goalId === goalId);
        expect(goal, goalId).toBeDefined();
        if (!goal) continue;
        expect(
          {
            numerator: goal.numerator,
            denominator: goal.denominator,
            pending: goal.pending,
            missing: goal.missing,
            status: goal.status,
          },
          goalId,
        ).toEqual({
          numerator: expected.numerator,
          denominator: expected.denominator,
          pending: expected.pending,
          missing: expected.missing,
          status: expected.status,
        });
        const cells =
          (
            split: Record<string, { numerator: number; denominator: number }>,
            key: "numerator" | "denominator",
          ) =>
          (want: Record<string, number>) =>
            expect(Object.fromEntries(Object.keys(want).map((k) => [k, split[k]?.[key]]))).toEqual(
              want,
            );
        if (expected.genderNumerators)
          cells(goal.splits.gender, "numerator")(expected.genderNumerators);
        if (expected.genderDenominators)
          cells(goal.splits.gender, "denominator")(expected.genderDenominators);
        if (expected.municipalityDenominators) {
          cells(goal.splits.municipality, "denominator")(expected.municipalityDenominators);
        }
        if (expected.siteDenominators) {
          cells(goal.splits.site, "denominator")(expected.siteDenominators);
        }
        if (expected.disabilityDenominators) {
          cells(goal.splits.disability, "denominator")(expected.disabilityDenominators);
        }
      }
    });
  }
});

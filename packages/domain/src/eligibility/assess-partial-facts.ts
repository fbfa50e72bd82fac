import type { IsoDate } from "../dates/iso-date";
import type { IntakeFacts } from "../intake/intake-facts";
import type { PriorityCondition } from "../projects/priority-groups";
import type { ProjectDefinition } from "../projects/project-definition";
import type { CriterionKind, TargetGroupRule } from "../projects/target-group-rules";
import type { EligibilityOutcome, RuleResult } from "./assess-eligibility";
import { evaluateCriterion, evaluateRule } from "./evaluate-rule";
import { matchPriorityGroups } from "./priority-groups";

/** The intake fact each kind of criterion reads. */
export const CRITERION_FACT: Record<CriterionKind, keyof IntakeFacts> = {
  registeredAtLeast: "monthsRegisteredAtAf",
  earlierSupportTried: "earlierSupportTried",
  labourMarketAssessment: "labourMarketAssessmentDate",
  workAvailabilityAtLeast: "workAvailabilityPercent",
  residesInProjectMunicipality: "municipalityCode",
  ageBetween: "birthDate",
  participatesOnSite: "participatesOnSite",
};

const CONDITION_FACT: Record<PriorityCondition["kind"], keyof IntakeFacts> = {
  gender: "gender",
  birthRegion: "birthRegion",
  ageAtLeast: "birthDate",
  ageAtMost: "birthDate",
  lowEducation: "educationLevel",
  disability: "hasDisabilityReducingWorkCapacity",
};

/** Stand-ins for facts not yet given; no result that reads one of them is reported. */
const PLACEHOLDER: IntakeFacts = {
  gender: "woman",
  birthDate: "1990-01-01",
  municipalityCode: "0880",
  monthsRegisteredAtAf: 0,
  earlierSupportTried: false,
  labourMarketAssessmentDate: null,
  workAvailabilityPercent: 0,
  participatesOnSite: false,
  hasDisabilityReducingWorkCapacity: false,
  educationLevel: "US",
  birthRegion: "sweden",
  languageLevel: 1,
};

export type PartialRuleResult =
  | (RuleResult & { missing: false })
  | (Pick<RuleResult, "ruleId" | "kind" | "strength"> & { missing: true });

export interface PartialEligibilityAssessment {
  /** null while a rule still lacks its facts and no required rule has failed. */
  outcome: EligibilityOutcome | null;
  rules: PartialRuleResult[];
  missingCount: number;
  /** null until the facts every priority group needs are given. */
  priorityGroups: string[] | null;
}

/**
 * assessEligibility on whatever is filled in so far (the live explanation
 * while an officer types): each rule is judged as soon as it can be. A rule
 * whose facts are all given is judged as the full assessment judges it; an
 * anyOf rule is met as soon as one of its given criteria is met, an allOf rule
 * fails as soon as one of its given criteria fails.
 */
export function assessEligibilityOnPartialFacts(
  project: ProjectDefinition,
  facts: Partial<IntakeFacts>,
  asOf: IsoDate,
): PartialEligibilityAssessment {
  const known = (key: keyof IntakeFacts) => facts[key] !== undefined;
  const complete: IntakeFacts = { ...PLACEHOLDER, ...facts };
  const rules = project.targetGroupRules.map((rule): PartialRuleResult => {
    const head = { ruleId: rule.id, kind: rule.kind, strength: rule.strength };
    if (decidable(rule, complete, project, asOf, known)) {
      return { ...head, ...evaluateRule(rule, complete, project, asOf), missing: false };
    }
    return { ...head, missing: true };
  });
  const missingCount = rules.filter((r) => r.missing).length;
  const requiredFailed = rules.some((r) => !r.missing && !r.met && r.strength === "required");
  const primaryFailed = rules.some((r) => !r.missing && !r.met);
  const outcome: EligibilityOutcome | null = requiredFailed
    ? "notEligible"
    : missingCount > 0
      ? null
      : primaryFailed
        ? "eligibleByException"
        : "eligible";
  const groupFacts = project.priorityGroups.flatMap((g) =>
    g.conditions.map((c) => CONDITION_FACT[c.kind]),
  );
  const priorityGroups = groupFacts.every(known)
    ? matchPriorityGroups(project, complete, asOf)
    : null;
  return { outcome, rules, missingCount, priorityGroups };
}

function decidable(
  rule: TargetGroupRule,
  facts: IntakeFacts,
  project: ProjectDefinition,
  asOf: IsoDate,
  known: (key: keyof IntakeFacts) => boolean,
): boolean {
  if (rule.kind !== "allOf" && rule.kind !== "anyOf") return known(CRITERION_FACT[rule.kind]);
  const given = rule.of.filter((c) => known(CRITERION_FACT[c.kind]));
  if (given.length === rule.of.length) return true;
  // One given criterion can settle the rule before the others are known.
  const settles = rule.kind === "anyOf";
  return given.some((c) => evaluateCriterion(c, facts, project, asOf).met === settles);
}

import {
  assessEligibility,
  type EligibilityOutcome,
  type IntakeFacts,
  type PriorityCondition,
  type ProjectDefinition,
  type RuleResult,
  type TargetGroupRuleKind,
} from "@opis/domain";
import type { FactKey } from "./facts";

/** The fact each kind of rule reads. */
const RULE_FACT: Record<TargetGroupRuleKind, FactKey> = {
  registeredAtLeast: "monthsRegisteredAtAf",
  earlierSupportTried: "earlierSupportTried",
  labourMarketAssessment: "labourMarketAssessmentDate",
  workAvailabilityAtLeast: "workAvailabilityPercent",
  residesInProjectMunicipality: "municipalityCode",
  ageBetween: "birthDate",
  participatesOnSite: "participatesOnSite",
};

const CONDITION_FACT: Record<PriorityCondition["kind"], FactKey> = {
  gender: "gender",
  birthRegion: "birthRegion",
  ageAtLeast: "birthDate",
  ageAtMost: "birthDate",
  lowEducation: "educationLevel",
  disability: "hasDisabilityReducingWorkCapacity",
};

/** Stand-ins for facts not yet given; results that depend on them are reported as missing. */
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

export type LiveRule =
  | (RuleResult & { missing: false })
  | (Omit<RuleResult, "met" | "reasonKey" | "params"> & { missing: true });

export interface LiveAssessment {
  /** null while a rule still lacks its fact and no required rule has failed. */
  outcome: EligibilityOutcome | null;
  rules: LiveRule[];
  missingCount: number;
  /** null until the facts every priority group needs are given. */
  priorityGroups: string[] | null;
}

/**
 * The same assessEligibility the server runs, on whatever is filled in so far:
 * each rule is judged as soon as its own fact is there.
 */
export function assessLive(
  project: ProjectDefinition,
  facts: Partial<IntakeFacts>,
  asOf: string,
): LiveAssessment {
  const known = (key: FactKey) => facts[key] !== undefined;
  const result = assessEligibility(project, { ...PLACEHOLDER, ...facts }, asOf);
  const rules: LiveRule[] = result.rules.map((rule) =>
    known(RULE_FACT[rule.kind])
      ? { ...rule, missing: false }
      : { ruleId: rule.ruleId, kind: rule.kind, strength: rule.strength, missing: true },
  );
  const missingCount = rules.filter((r) => r.missing).length;
  const requiredFailed = rules.some((r) => !r.missing && !r.met && r.strength === "required");
  const outcome = requiredFailed ? "notEligible" : missingCount > 0 ? null : result.outcome;
  const groupFacts = project.priorityGroups.flatMap((g) =>
    g.conditions.map((c) => CONDITION_FACT[c.kind]),
  );
  const priorityGroups = groupFacts.every(known) ? result.priorityGroups : null;
  return { outcome, rules, missingCount, priorityGroups };
}

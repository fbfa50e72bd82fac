import type { IsoDate } from "../dates/iso-date";
import type { IntakeFacts } from "../intake/intake-facts";
import { deriveObstacles, type Obstacles } from "../intake/obstacles";
import type { ProjectDefinition } from "../projects/project-definition";
import type { RuleStrength, TargetGroupRuleKind } from "../projects/target-group-rules";
import { evaluateRule, type RuleEvaluation, type RuleParams } from "./evaluate-rule";
import { matchPriorityGroups } from "./priority-groups";
import type { EligibilityReasonKey } from "./reason-keys";

export const ELIGIBILITY_OUTCOMES = ["eligible", "eligibleByException", "notEligible"] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

export interface RuleResult {
  ruleId: string;
  kind: TargetGroupRuleKind;
  strength: RuleStrength;
  met: boolean;
  reasonKey: EligibilityReasonKey;
  params: RuleParams;
  /** An allOf/anyOf rule: each criterion's own result. */
  parts?: RuleEvaluation[];
}

export interface EligibilityAssessment {
  projectId: string;
  asOf: IsoDate;
  outcome: EligibilityOutcome;
  rules: RuleResult[];
  priorityGroups: string[];
  obstacles: Obstacles;
}

/**
 * Whether a person belongs to the project's target group on `asOf`, with a
 * reason for every rule. A required rule unmet → notEligible; otherwise a
 * primary ("i första hand") rule unmet → eligibleByException, which needs a
 * written justification at the enrolment decision.
 */
export function assessEligibility(
  project: ProjectDefinition,
  facts: IntakeFacts,
  asOf: IsoDate,
): EligibilityAssessment {
  const rules = project.targetGroupRules.map((rule): RuleResult => {
    const evaluation = evaluateRule(rule, facts, project, asOf);
    return { ruleId: rule.id, kind: rule.kind, strength: rule.strength, ...evaluation };
  });
  const unmet = rules.filter((r) => !r.met);
  const outcome: EligibilityOutcome = unmet.some((r) => r.strength === "required")
    ? "notEligible"
    : unmet.length > 0
      ? "eligibleByException"
      : "eligible";
  return {
    projectId: project.id,
    asOf,
    outcome,
    rules,
    priorityGroups: matchPriorityGroups(project, facts, asOf),
    obstacles: deriveObstacles(facts, asOf),
  };
}

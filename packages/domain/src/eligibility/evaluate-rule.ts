import { addMonths, ageOn } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { IntakeFacts } from "../intake/intake-facts";
import type { ProjectDefinition } from "../projects/project-definition";
import type { TargetGroupCriterion, TargetGroupRule } from "../projects/target-group-rules";
import type { EligibilityReasonKey } from "./reason-keys";

export type RuleParams = Record<string, number | string | boolean | null>;

export interface RuleEvaluation {
  met: boolean;
  reasonKey: EligibilityReasonKey;
  /** Values the message needs, e.g. { required: 24, actual: 18 }. */
  params: RuleParams;
  /** An allOf/anyOf rule: each criterion's own result, in the definition's order. */
  parts?: RuleEvaluation[];
}

/** Evaluates one target-group rule against intake facts on `asOf`. */
export function evaluateRule(
  rule: TargetGroupRule,
  facts: IntakeFacts,
  project: Pick<ProjectDefinition, "municipalities">,
  asOf: IsoDate,
): RuleEvaluation {
  if (rule.kind === "allOf" || rule.kind === "anyOf") {
    const parts = rule.of.map((criterion) => evaluateCriterion(criterion, facts, project, asOf));
    const metCount = parts.filter((p) => p.met).length;
    const met = rule.kind === "allOf" ? metCount === parts.length : metCount > 0;
    const params = { met: metCount, of: parts.length };
    return rule.kind === "allOf"
      ? { ...result(met, "eligibility.allOf.met", "eligibility.allOf.notAll", params), parts }
      : { ...result(met, "eligibility.anyOf.met", "eligibility.anyOf.none", params), parts };
  }
  return evaluateCriterion(rule, facts, project, asOf);
}

/** Evaluates one condition (a rule, or a part of an allOf/anyOf rule). */
export function evaluateCriterion(
  rule: TargetGroupCriterion,
  facts: IntakeFacts,
  project: Pick<ProjectDefinition, "municipalities">,
  asOf: IsoDate,
): RuleEvaluation {
  switch (rule.kind) {
    case "registeredAtLeast": {
      const met = facts.monthsRegisteredAtAf >= rule.months;
      const params = { required: rule.months, actual: facts.monthsRegisteredAtAf };
      return result(
        met,
        "eligibility.registeredAtLeast.met",
        "eligibility.registeredAtLeast.tooShort",
        params,
      );
    }
    case "earlierSupportTried":
      return result(
        facts.earlierSupportTried,
        "eligibility.earlierSupportTried.met",
        "eligibility.earlierSupportTried.notTried",
        {},
      );
    case "labourMarketAssessment":
      return evaluateLabourMarketAssessment(
        rule.maxAgeMonths,
        facts.labourMarketAssessmentDate,
        asOf,
      );
    case "workAvailabilityAtLeast": {
      const met = facts.workAvailabilityPercent >= rule.percent;
      const params = { required: rule.percent, actual: facts.workAvailabilityPercent };
      return result(
        met,
        "eligibility.workAvailabilityAtLeast.met",
        "eligibility.workAvailabilityAtLeast.tooLow",
        params,
      );
    }
    case "residesInProjectMunicipality": {
      const met = project.municipalities.some((code) => code === facts.municipalityCode);
      const params = { municipalityCode: facts.municipalityCode };
      return result(
        met,
        "eligibility.residesInProjectMunicipality.met",
        "eligibility.residesInProjectMunicipality.outside",
        params,
      );
    }
    case "ageBetween": {
      const age = ageOn(facts.birthDate, asOf);
      const params = { min: rule.min ?? null, max: rule.max ?? null, actual: age };
      if (rule.min !== undefined && age < rule.min)
        return { met: false, reasonKey: "eligibility.ageBetween.tooYoung", params };
      if (rule.max !== undefined && age > rule.max)
        return { met: false, reasonKey: "eligibility.ageBetween.tooOld", params };
      return { met: true, reasonKey: "eligibility.ageBetween.met", params };
    }
    case "participatesOnSite":
      return result(
        facts.participatesOnSite,
        "eligibility.participatesOnSite.met",
        "eligibility.participatesOnSite.remote",
        {},
      );
    default:
      return rule satisfies never;
  }
}

function evaluateLabourMarketAssessment(
  maxAgeMonths: number | undefined,
  date: IsoDate | null,
  asOf: IsoDate,
): RuleEvaluation {
  const params: RuleParams = { date, maxAgeMonths: maxAgeMonths ?? null };
  if (date === null)
    return { met: false, reasonKey: "eligibility.labourMarketAssessment.missing", params };
  if (date > asOf)
    return { met: false, reasonKey: "eligibility.labourMarketAssessment.future", params };
  if (maxAgeMonths !== undefined && addMonths(date, maxAgeMonths) < asOf) {
    return { met: false, reasonKey: "eligibility.labourMarketAssessment.expired", params };
  }
  return { met: true, reasonKey: "eligibility.labourMarketAssessment.met", params };
}

function result(
  met: boolean,
  metKey: EligibilityReasonKey,
  unmetKey: EligibilityReasonKey,
  params: RuleParams,
): RuleEvaluation {
  return { met, reasonKey: met ? metKey : unmetKey, params };
}

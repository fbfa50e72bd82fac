import { z } from "zod";
import { DefinitionIdSchema } from "./localized-text";

/**
 * "required": unmet means not eligible. "primary" (i första hand): unmet can
 * be overridden by a written justification at the enrolment decision.
 */
export const RULE_STRENGTHS = ["required", "primary"] as const;
export const RuleStrengthSchema = z.enum(RULE_STRENGTHS);
export type RuleStrength = z.infer<typeof RuleStrengthSchema>;

/** What one condition on the intake facts says, without a name or a strength. */
const criteria = {
  /** Registered at AF for at least `months` months (inskrivningstid). */
  registeredAtLeast: z.object({ kind: z.literal("registeredAtLeast"), months: z.int().min(0) }),
  /** Earlier support has been tried without result. */
  earlierSupportTried: z.object({ kind: z.literal("earlierSupportTried") }),
  /**
   * AF's arbetsmarknadspolitisk bedömning that existing services are not a
   * solution: made on or before asOf and, if maxAgeMonths, not older than that.
   */
  labourMarketAssessment: z.object({
    kind: z.literal("labourMarketAssessment"),
    maxAgeMonths: z.int().min(1).optional(),
  }),
  /** Work availability (arbetsutbud) at least `percent` % of full time. */
  workAvailabilityAtLeast: z.object({
    kind: z.literal("workAvailabilityAtLeast"),
    percent: z.int().min(0).max(100),
  }),
  /** Lives in one of the project's municipalities. */
  residesInProjectMunicipality: z.object({ kind: z.literal("residesInProjectMunicipality") }),
  /** Age on the assessment date within [min, max], both inclusive and optional. */
  ageBetween: z.object({
    kind: z.literal("ageBetween"),
    min: z.int().min(0).optional(),
    max: z.int().min(0).optional(),
  }),
  /** Takes part on site, not remotely. */
  participatesOnSite: z.object({ kind: z.literal("participatesOnSite") }),
};

const ageRangeHolds = (r: { kind: string; min?: number; max?: number }) =>
  r.kind !== "ageBetween" || r.min === undefined || r.max === undefined || r.min <= r.max;
const ageRange = { error: "validation.project.rule.ageRange", path: ["max"] };

/** One condition inside an allOf/anyOf rule. */
export const TargetGroupCriterionSchema = z
  .discriminatedUnion(
    "kind",
    Object.values(criteria) as unknown as [
      (typeof criteria)["registeredAtLeast"],
      ...(typeof criteria)[keyof typeof criteria][],
    ],
  )
  .refine(ageRangeHolds, ageRange);
export type TargetGroupCriterion = z.infer<typeof TargetGroupCriterionSchema>;

const base = { id: DefinitionIdSchema, strength: RuleStrengthSchema };

/**
 * A target-group rule: one criterion with a name and a strength, or several
 * combined. allOf holds when every criterion holds, anyOf when at least one does
 * (e.g. "registered 24 months, or 12 months and under 25").
 */
export const TargetGroupRuleSchema = z
  .discriminatedUnion("kind", [
    criteria.registeredAtLeast.extend(base),
    criteria.earlierSupportTried.extend(base),
    criteria.labourMarketAssessment.extend(base),
    criteria.workAvailabilityAtLeast.extend(base),
    criteria.residesInProjectMunicipality.extend(base),
    criteria.ageBetween.extend(base),
    criteria.participatesOnSite.extend(base),
    z.object({
      ...base,
      kind: z.literal("allOf"),
      of: z.array(TargetGroupCriterionSchema).min(1),
    }),
    z.object({
      ...base,
      kind: z.literal("anyOf"),
      of: z.array(TargetGroupCriterionSchema).min(1),
    }),
  ])
  .refine(ageRangeHolds, ageRange);
export type TargetGroupRule = z.infer<typeof TargetGroupRuleSchema>;
export type TargetGroupRuleKind = TargetGroupRule["kind"];
export type CriterionKind = TargetGroupCriterion["kind"];

import { z } from "zod";
import { DefinitionIdSchema } from "./localized-text";

/**
 * "required": unmet means not eligible. "primary" (i första hand): unmet can
 * be overridden by a written justification at the enrolment decision.
 */
export const RULE_STRENGTHS = ["required", "primary"] as const;
export const RuleStrengthSchema = z.enum(RULE_STRENGTHS);
export type RuleStrength = z.infer<typeof RuleStrengthSchema>;

const base = { id: DefinitionIdSchema, strength: RuleStrengthSchema };

export const TargetGroupRuleSchema = z.discriminatedUnion("kind", [
  /** Registered at AF for at least `months` months (inskrivningstid). */
  z.object({ ...base, kind: z.literal("registeredAtLeast"), months: z.int().min(0) }),
  /** Earlier support has been tried without result. */
  z.object({ ...base, kind: z.literal("earlierSupportTried") }),
  /**
   * AF's arbetsmarknadspolitisk bedömning that existing services are not a
   * solution: made on or before asOf and, if maxAgeMonths, not older than that.
   */
  z.object({
    ...base,
    kind: z.literal("labourMarketAssessment"),
    maxAgeMonths: z.int().min(1).optional(),
  }),
  /** Work availability (arbetsutbud) at least `percent` % of full time. */
  z.object({
    ...base,
    kind: z.literal("workAvailabilityAtLeast"),
    percent: z.int().min(0).max(100),
  }),
  /** Lives in one of the project's municipalities. */
  z.object({ ...base, kind: z.literal("residesInProjectMunicipality") }),
  /** Age on the assessment date within [min, max], both inclusive and optional. */
  z
    .object({
      ...base,
      kind: z.literal("ageBetween"),
      min: z.int().min(0).optional(),
      max: z.int().min(0).optional(),
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      error: "validation.project.rule.ageRange",
    }),
  /** Takes part on site, not remotely. */
  z.object({ ...base, kind: z.literal("participatesOnSite") }),
]);
export type TargetGroupRule = z.infer<typeof TargetGroupRuleSchema>;
export type TargetGroupRuleKind = TargetGroupRule["kind"];

import { z } from "zod";
import { ExitReasonSchema } from "../vocabularies/exit";
import { GenderSchema } from "../vocabularies/gender";
import { DefinitionIdSchema, LocalizedTextSchema } from "./localized-text";

const base = {
  id: DefinitionIdSchema,
  name: LocalizedTextSchema,
  /** What is counted, in words for reports. */
  description: LocalizedTextSchema.optional(),
};

/** A share between 0 and 1 (0.8 = 80 %). */
const ShareSchema = z.number().min(0).max(1);

/**
 * Rate goals: numerator / denominator over measurable participants.
 * perGender: the target applies to each gender separately ("goals per gender").
 */
const rateBase = { ...base, target: ShareSchema, perGender: z.boolean().optional() };

/** Which exits a rate is taken over. */
export const GoalPopulationSchema = z.enum(["allExits", "completers"]);
export type GoalPopulation = z.infer<typeof GoalPopulationSchema>;

export const GoalDefinitionSchema = z.discriminatedUnion("kind", [
  /**
   * Numerator: participants enrolled on or before asOf. Denominator: the target.
   * Optional targets per gender must all be reached too.
   */
  z.object({
    ...base,
    kind: z.literal("enrolmentCount"),
    target: z.int().min(1),
    targetByGender: z.partialRecord(GenderSchema, z.int().min(0)).optional(),
  }),
  /** Numerator: exits with a reason in completedReasons. Denominator: all exits. */
  z.object({
    ...rateBase,
    kind: z.literal("completionRate"),
    completedReasons: z.array(ExitReasonSchema).min(1),
  }),
  /**
   * Numerator: on-time follow-ups (rule followUpRuleId) with an outcome in
   * successOutcomes (ids of the project's follow-up outcome categories; when
   * left out, every category that counts as work or studies). Denominator:
   * on-time follow-ups with a known outcome, in the population.
   */
  z.object({
    ...rateBase,
    kind: z.literal("followUpOutcomeRate"),
    followUpRuleId: DefinitionIdSchema,
    population: GoalPopulationSchema,
    successOutcomes: z.array(DefinitionIdSchema).min(1).optional(),
  }),
  /**
   * The status at exit: numerator exits with a status in successStatuses (ids
   * of the project's status categories; when left out, every status that
   * counts as work or studies). Denominator: exits in the population.
   */
  z.object({
    ...rateBase,
    kind: z.literal("exitStatusRate"),
    population: GoalPopulationSchema,
    successStatuses: z.array(DefinitionIdSchema).min(1).optional(),
  }),
  /**
   * Numerator: exited participants whose latest assessment is at least minGain
   * above their baseline. Denominator: exited participants with a baseline
   * (at most baselineAtMost, when set) and a later assessment.
   */
  z.object({
    ...rateBase,
    kind: z.literal("assessmentProgressRate"),
    instrumentId: DefinitionIdSchema,
    area: z.string().min(1).optional(),
    baselineAtMost: z.int().optional(),
    minGain: z.int().min(1),
  }),
]);
export type GoalDefinition = z.infer<typeof GoalDefinitionSchema>;
export type GoalKind = GoalDefinition["kind"];
export type RateGoalDefinition = Exclude<GoalDefinition, { kind: "enrolmentCount" }>;
export type CountGoalDefinition = Extract<GoalDefinition, { kind: "enrolmentCount" }>;

/** Who gender balance is measured over: everyone enrolled, or those who have exited. */
export const GenderBalancePopulationSchema = z.enum(["enrolled", "exited"]);

/**
 * Each gender's share of participants must lie within [minShare, maxShare],
 * measured over the enrolled (the default) or over the exited.
 */
export const GenderBalanceSchema = z
  .object({
    minShare: ShareSchema,
    maxShare: ShareSchema,
    over: GenderBalancePopulationSchema.optional(),
  })
  .refine((g) => g.minShare <= g.maxShare, { error: "validation.project.genderBalance.range" });
export type GenderBalance = z.infer<typeof GenderBalanceSchema>;

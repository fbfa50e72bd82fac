import { z } from "zod";

/** One person: treated (participant) or a potential control (registered at AF, not taking part). */
export const MatchingUnitSchema = z.object({
  id: z.string().min(1),
  treated: z.boolean(),
  outcome: z.number(),
  covariates: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type MatchingUnit = z.infer<typeof MatchingUnitSchema>;

export const MatchingMethodSchema = z.enum(["exact", "cem", "nearest"]);
export type MatchingMethod = z.infer<typeof MatchingMethodSchema>;

export const LogisticOptionsSchema = z.object({
  /** Relative change in deviance that counts as converged (as R's glm: 1e-8). */
  tolerance: z.number().positive().default(1e-8),
  /** Newton–Raphson iterations before giving up (as R's glm: 25). */
  maxIterations: z.number().int().positive().default(25),
});
export type LogisticOptions = z.input<typeof LogisticOptionsSchema>;

export const MatchingOptionsSchema = z.object({
  units: z.array(MatchingUnitSchema),
  method: MatchingMethodSchema,
  covariates: z.array(z.string().min(1)).min(1),
  /** CEM: increasing cutpoints per numeric covariate; bins are [a, b). */
  cutpoints: z.record(z.string(), z.array(z.number())).optional(),
  /** Nearest: the largest allowed score distance, in SDs of the score over all units. */
  caliper: z.number().positive().optional(),
  /** The covariate to split the estimate by; "gender" unless given. */
  subgroupBy: z.string().min(1).optional(),
  logistic: LogisticOptionsSchema.partial().optional(),
});
export type MatchingOptions = z.input<typeof MatchingOptionsSchema>;

export const MatchingErrorCodeSchema = z.enum([
  "invalid-input",
  "no-treated",
  "no-controls",
  "no-matches",
  "singular",
  "not-converged",
]);
export type MatchingErrorCode = z.infer<typeof MatchingErrorCodeSchema>;

export const MatchingErrorSchema = z.object({ code: MatchingErrorCodeSchema, message: z.string() });
export type MatchingError = z.infer<typeof MatchingErrorSchema>;

/**
 * Something the analyst must know but that does not stop the analysis:
 * - `fitted-probabilities-0-or-1`: the propensity model has `count` fitted
 *   probabilities within 10 × machine epsilon of 0 or 1 (R's glm warning
 *   "fitted probabilities numerically 0 or 1 occurred"); `count` of `total`;
 * - `few-treated-matched`: only `count` of the `total` treated units were
 *   matched (below FEW_MATCHED_SHARE), so the estimate describes the matched
 *   ones, not all treated (docs/decisions/0009).
 */
export const MatchingWarningSchema = z.object({
  code: z.enum(["fitted-probabilities-0-or-1", "few-treated-matched"]),
  count: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  message: z.string(),
});
export type MatchingWarning = z.infer<typeof MatchingWarningSchema>;

const CountsSchema = z.object({
  nTreated: z.number().int().nonnegative(),
  nControl: z.number().int().nonnegative(),
  nMatchedTreated: z.number().int().nonnegative(),
  nMatchedControl: z.number().int().nonnegative(),
});

/**
 * The variance estimators kept side by side, as R's sandwich package names
 * them (docs/evaluation-output.schema.md has the formulas):
 * - `clusterHC1`: `vcovCL(fit, cluster = ~subclass)`, its default type HC1
 *   with cadjust: G/(G − 1) × (n − 1)/(n − k) × CR0;
 * - `clusterHC0`: `vcovCL(…, type = "HC0", cadjust = FALSE)`, CR0;
 * - `HC0`…`HC3`: `vcovHC(fit, type = …)`, no clustering.
 * Clusters are pairs (nearest) or strata (exact, CEM). A variant that is not
 * defined for the data (one cluster; a hat value of 1, i.e. a group with a
 * single weighted unit) is null.
 */
export const StandardErrorTypeSchema = z.enum([
  "clusterHC1",
  "clusterHC0",
  "HC0",
  "HC1",
  "HC2",
  "HC3",
]);
export type StandardErrorType = z.infer<typeof StandardErrorTypeSchema>;

export const StandardErrorsSchema = z.object(
  Object.fromEntries(
    StandardErrorTypeSchema.options.map((type) => [type, z.number().nonnegative().nullable()]),
  ) as Record<StandardErrorType, z.ZodNullable<z.ZodNumber>>,
);
export type StandardErrors = z.infer<typeof StandardErrorsSchema>;

export const EffectEstimateSchema = z.object({
  /** Average effect on the treated: weighted mean outcome, treated minus matched controls. */
  estimate: z.number(),
  /**
   * The headline standard error, `standardErrors[standardErrorType]`: clusterHC1
   * after nearest-neighbour (pair) matching, HC3 after exact and coarsened
   * exact matching, as MatchIt's guide on estimating effects after matching.
   * Null when that variant is not defined for the data.
   */
  standardError: z.number().nonnegative().nullable(),
  standardErrorType: StandardErrorTypeSchema,
  standardErrors: StandardErrorsSchema,
  /** estimate ± 1.96 × standardError; null with it. */
  ci: z.tuple([z.number(), z.number()]).nullable(),
  /** Clusters behind the clustered variants (pairs or strata). */
  nClusters: z.number().int().nonnegative(),
});
export type EffectEstimate = z.infer<typeof EffectEstimateSchema>;

export const SubgroupResultSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    ...EffectEstimateSchema.shape,
    ...CountsSchema.shape,
    warnings: z.array(MatchingWarningSchema),
  }),
  z.object({
    ok: z.literal(false),
    error: MatchingErrorSchema,
    nTreated: z.number().int().nonnegative(),
    nControl: z.number().int().nonnegative(),
  }),
]);
export type SubgroupResult = z.infer<typeof SubgroupResultSchema>;

export const BalanceRowSchema = z.object({
  /** A numeric covariate's name, or `name=level` for one level of a categorical one. */
  covariate: z.string(),
  /** Null when the treated SD is 0 and the means differ (no scale to express it in). */
  smdBefore: z.number().nullable(),
  smdAfter: z.number().nullable(),
});
export type BalanceRow = z.infer<typeof BalanceRowSchema>;

export const PropensityModelSchema = z.object({
  coefficients: z.array(z.object({ term: z.string(), estimate: z.number() })),
  iterations: z.number().int().positive(),
  deviance: z.number(),
  /** Fitted probabilities within 10 × machine epsilon of 0 or 1 (R's glm warns about them). */
  fittedAtZeroOrOne: z.number().int().nonnegative(),
  /** The caliper in score units (caliper × SD of the score), when one was set. */
  caliperWidth: z.number().nullable(),
});
export type PropensityModel = z.infer<typeof PropensityModelSchema>;

export const MatchingResultSchema = z.object({
  method: MatchingMethodSchema,
  covariates: z.array(z.string()),
  /** Nearest: the pairs, in matching order (highest treated score first); empty otherwise. */
  matched: z.array(z.object({ treatedId: z.string(), controlId: z.string() })),
  /** Exact and CEM: the strata with ≥1 treated and ≥1 control, in order of first appearance; empty otherwise. */
  strata: z.array(
    z.object({ key: z.string(), treatedIds: z.array(z.string()), controlIds: z.array(z.string()) }),
  ),
  /** Matching weights of the matched units; a unit not listed has weight 0. */
  weights: z.record(z.string(), z.number()),
  balance: z.array(BalanceRowSchema),
  ...EffectEstimateSchema.shape,
  ...CountsSchema.shape,
  unmatchedTreatedIds: z.array(z.string()),
  /** Warnings, in the order found; empty when there are none. */
  warnings: z.array(MatchingWarningSchema),
  propensityModel: PropensityModelSchema.optional(),
  /** The same analysis run within each value of the subgroup covariate (gender). */
  subgroups: z.record(z.string(), SubgroupResultSchema).optional(),
});
export type MatchingResult = z.infer<typeof MatchingResultSchema>;

export type MatchingOutcome =
  | { ok: true; result: MatchingResult }
  | { ok: false; error: MatchingError };

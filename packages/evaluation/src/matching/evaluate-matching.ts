import { computeBalance } from "./balance";
import {
  buildDesign,
  type CovariateSpec,
  compareCodeUnits,
  describeCovariates,
} from "./covariates";
import { estimateEffect } from "./effect";
import { fitLogisticRegression } from "./logistic-regression";
import { matchNearest } from "./nearest-neighbour";
import {
  type EffectEstimate,
  type MatchingError,
  type MatchingMethod,
  type MatchingOptions,
  MatchingOptionsSchema,
  type MatchingOutcome,
  type MatchingResult,
  type MatchingUnit,
  type MatchingWarning,
  type PropensityModel,
  type StandardErrorType,
  type SubgroupResult,
} from "./schema";
import { coarsenedKeys, exactKeys, stratify } from "./stratify";

const DEFAULT_SUBGROUP = "gender";
/**
 * Below this share of treated units matched, the result warns: the estimate
 * then describes the matched treated, not all of them (docs/decisions/0009).
 */
export const FEW_MATCHED_SHARE = 0.8;

/**
 * The headline standard error per method, as MatchIt's guide on estimating
 * effects after matching recommends: cluster-robust by pair after pair
 * matching, HC3 after (coarsened) exact matching, whose strata are too few
 * and too unequal to cluster on.
 */
export const HEADLINE_STANDARD_ERROR: Record<MatchingMethod, StandardErrorType> = {
  nearest: "clusterHC1",
  exact: "HC3",
  cem: "HC3",
};

interface Settings {
  method: MatchingMethod;
  cutpoints: Record<string, number[]>;
  caliper: number | null;
  logistic: { tolerance?: number; maxIterations?: number };
}

type Analysis =
  | { ok: true; value: Omit<MatchingResult, "subgroups"> }
  | { ok: false; error: MatchingError };

/**
 * Matches treated units to a comparison group and estimates the average
 * effect on the treated, overall and within each value of the subgroup
 * covariate (gender) when every unit has one. Data problems come back as
 * `{ ok: false, error }`; nothing is thrown for them.
 */
export function evaluateMatching(options: MatchingOptions): MatchingOutcome {
  // Units are checked by hand below: zod over a million objects costs seconds.
  const parsed = MatchingOptionsSchema.omit({ units: true }).safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      "invalid-input",
      `${issue?.path.join(".") || "options"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const { units } = options;
  const unitError = checkUnits(units);
  if (unitError) return { ok: false, error: unitError };
  const { covariates } = parsed.data;
  if (new Set(covariates).size !== covariates.length) {
    return fail("invalid-input", "covariates: a covariate is listed twice");
  }
  const settings: Settings = {
    method: parsed.data.method,
    cutpoints: parsed.data.cutpoints ?? {},
    caliper: parsed.data.caliper ?? null,
    logistic: parsed.data.logistic ?? {},
  };
  const cutpointError = checkCutpoints(settings.cutpoints, covariates);
  if (cutpointError) return { ok: false, error: cutpointError };

  const overall = analyse(units, covariates, settings);
  if (!overall.ok) return overall;
  const subgroupBy = parsed.data.subgroupBy ?? DEFAULT_SUBGROUP;
  const subgroups = analyseSubgroups(units, covariates, settings, subgroupBy);
  return { ok: true, result: subgroups ? { ...overall.value, subgroups } : overall.value };
}

function analyseSubgroups(
  units: readonly MatchingUnit[],
  covariates: readonly string[],
  settings: Settings,
  subgroupBy: string,
): Record<string, SubgroupResult> | null {
  if (units.length === 0 || !units.every((u) => u.covariates[subgroupBy] !== undefined))
    return null;
  const groups = new Map<string, MatchingUnit[]>();
  for (const unit of units) {
    const key = String(unit.covariates[subgroupBy]);
    const group = groups.get(key) ?? [];
    group.push(unit);
    groups.set(key, group);
  }
  // Within a subgroup the split covariate is constant: matching on it is moot
  // and in the propensity model it would be a constant column.
  const within = covariates.filter((c) => c !== subgroupBy);
  const result: Record<string, SubgroupResult> = {};
  for (const key of [...groups.keys()].sort(compareCodeUnits)) {
    const group = groups.get(key)!;
    const nTreated = group.filter((u) => u.treated).length;
    const analysis =
      within.length > 0
        ? analyse(group, within, settings)
        : analyseWithoutCovariates(group, settings.method);
    result[key] = analysis.ok
      ? {
          ok: true,
          estimate: analysis.value.estimate,
          standardError: analysis.value.standardError,
          standardErrorType: analysis.value.standardErrorType,
          standardErrors: analysis.value.standardErrors,
          ci: analysis.value.ci,
          nClusters: analysis.value.nClusters,
          nTreated: analysis.value.nTreated,
          nControl: analysis.value.nControl,
          nMatchedTreated: analysis.value.nMatchedTreated,
          nMatchedControl: analysis.value.nMatchedControl,
          warnings: analysis.value.warnings,
        }
      : { ok: false, error: analysis.error, nTreated, nControl: group.length - nTreated };
  }
  return result;
}

/** Matching on the split covariate alone: within a subgroup every unit is in one stratum. */
function analyseWithoutCovariates(
  units: readonly MatchingUnit[],
  method: MatchingMethod,
): Analysis {
  if (method === "nearest") {
    return fail(
      "invalid-input",
      "nearest-neighbour matching within a subgroup needs another covariate",
    );
  }
  const treated = Uint8Array.from(units, (u) => (u.treated ? 1 : 0));
  const counted = countGroups(treated);
  if (counted) return counted;
  const { strata, stratumOf, weights } = stratify(
    units.map(() => "all"),
    treated,
  );
  return finish(units, [], method, treated, weights, stratumOf, [], {
    matched: [],
    strata: strata.map((s) => ({
      key: s.key,
      treatedIds: s.treated.map((i) => units[i]!.id),
      controlIds: s.controls.map((i) => units[i]!.id),
    })),
  });
}

function analyse(
  units: readonly MatchingUnit[],
  covariates: readonly string[],
  settings: Settings,
): Analysis {
  const described = describeCovariates(units, covariates);
  if (!described.ok) return described;
  const { specs } = described;
  const treated = Uint8Array.from(units, (u) => (u.treated ? 1 : 0));
  const counted = countGroups(treated);
  if (counted) return counted;

  if (settings.method !== "nearest") {
    const keys =
      settings.method === "exact"
        ? exactKeys(units, specs)
        : coarsenedKeys(units, specs, settings.cutpoints);
    const { strata, stratumOf, weights } = stratify(keys, treated);
    return finish(units, specs, settings.method, treated, weights, stratumOf, [], {
      matched: [],
      strata: strata.map((s) => ({
        key: s.key,
        treatedIds: s.treated.map((i) => units[i]!.id),
        controlIds: s.controls.map((i) => units[i]!.id),
      })),
    });
  }

  const fit = fitLogisticRegression(buildDesign(units, specs, true), treated, settings.logistic);
  if (!fit.ok) return fail(fit.code, `propensity model: ${fit.message}`);
  // MatchIt's distance: glm's fitted probabilities, computed as R computes them.
  const scores = fit.fitted;
  const caliperWidth = settings.caliper === null ? null : settings.caliper * sampleSd(scores);
  const { pairs } = matchNearest(scores, treated, caliperWidth);
  const weights = new Float64Array(units.length);
  const cluster = new Int32Array(units.length).fill(-1);
  for (const [k, [t, c]] of pairs.entries()) {
    weights[t] = 1;
    weights[c] = 1;
    cluster[t] = k;
    cluster[c] = k;
  }
  const propensityModel: PropensityModel = {
    coefficients: fit.terms.map((term, j) => ({ term, estimate: fit.coefficients[j]! })),
    iterations: fit.iterations,
    deviance: fit.deviance,
    fittedAtZeroOrOne: fit.fittedAtZeroOrOne,
    caliperWidth,
  };
  const warnings: MatchingWarning[] = [];
  if (fit.fittedAtZeroOrOne > 0) {
    warnings.push({
      code: "fitted-probabilities-0-or-1",
      count: fit.fittedAtZeroOrOne,
      total: units.length,
      message: `propensity model: ${fit.fittedAtZeroOrOne} of ${units.length} fitted probabilities are numerically 0 or 1 (as R's glm warns); matching went on, but those units have no counterpart on the other side`,
    });
  }
  return finish(units, specs, "nearest", treated, weights, cluster, warnings, {
    matched: pairs.map(([t, c]) => ({ treatedId: units[t]!.id, controlId: units[c]!.id })),
    strata: [],
    propensityModel,
  });
}

function finish(
  units: readonly MatchingUnit[],
  specs: readonly CovariateSpec[],
  method: MatchingMethod,
  treated: Uint8Array,
  weights: Float64Array,
  cluster: Int32Array,
  warnings: MatchingWarning[],
  matching: Pick<MatchingResult, "matched" | "strata" | "propensityModel">,
): Analysis {
  const outcome = Float64Array.from(units, (u) => u.outcome);
  const effect: EffectEstimate | null = estimateEffect(
    outcome,
    treated,
    weights,
    cluster,
    HEADLINE_STANDARD_ERROR[method],
  );
  if (!effect) return fail("no-matches", "no treated unit found a matching control");
  const weightsById: Record<string, number> = {};
  const unmatchedTreatedIds: string[] = [];
  let nTreated = 0;
  let nMatchedTreated = 0;
  let nMatchedControl = 0;
  for (const [i, unit] of units.entries()) {
    const w = weights[i]!;
    if (treated[i]) nTreated++;
    if (w > 0) {
      weightsById[unit.id] = w;
      if (treated[i]) nMatchedTreated++;
      else nMatchedControl++;
    } else if (treated[i]) {
      unmatchedTreatedIds.push(unit.id);
    }
  }
  const balance = computeBalance(buildDesign(units, specs, false), treated, weights);
  if (nMatchedTreated < FEW_MATCHED_SHARE * nTreated) {
    warnings.push({
      code: "few-treated-matched",
      count: nMatchedTreated,
      total: nTreated,
      message: `only ${nMatchedTreated} of ${nTreated} treated units were matched: the estimate describes those, not all treated`,
    });
  }
  return {
    ok: true,
    value: {
      method,
      covariates: specs.map((s) => s.name),
      ...matching,
      weights: weightsById,
      balance,
      ...effect,
      nTreated,
      nControl: units.length - nTreated,
      nMatchedTreated,
      nMatchedControl,
      unmatchedTreatedIds,
      warnings,
    },
  };
}

function countGroups(treated: Uint8Array): { ok: false; error: MatchingError } | null {
  const nTreated = treated.reduce((a, t) => a + t, 0);
  if (nTreated === 0) return fail("no-treated", "there are no treated units");
  if (nTreated === treated.length) return fail("no-controls", "there are no control units");
  return null;
}

function checkUnits(units: readonly MatchingUnit[]): MatchingError | null {
  if (!Array.isArray(units)) return { code: "invalid-input", message: "units: expected an array" };
  const seen = new Set<string>();
  for (const [row, unit] of units.entries()) {
    const where = `unit ${row}`;
    if (typeof unit?.id !== "string" || unit.id === "") {
      return { code: "invalid-input", message: `${where}: id must be non-empty text` };
    }
    if (seen.has(unit.id))
      return { code: "invalid-input", message: `${where}: id ${unit.id} appears twice` };
    seen.add(unit.id);
    if (typeof unit.treated !== "boolean") {
      return {
        code: "invalid-input",
        message: `${where} (id ${unit.id}): treated must be true or false`,
      };
    }
    if (typeof unit.outcome !== "number" || !Number.isFinite(unit.outcome)) {
      return {
        code: "invalid-input",
        message: `${where} (id ${unit.id}): outcome must be a finite number`,
      };
    }
    if (typeof unit.covariates !== "object" || unit.covariates === null) {
      return {
        code: "invalid-input",
        message: `${where} (id ${unit.id}): covariates must be an object`,
      };
    }
  }
  return null;
}

function checkCutpoints(
  cutpoints: Record<string, number[]>,
  covariates: readonly string[],
): MatchingError | null {
  for (const [name, cuts] of Object.entries(cutpoints)) {
    if (!covariates.includes(name)) {
      return {
        code: "invalid-input",
        message: `cutpoints: "${name}" is not one of the covariates`,
      };
    }
    for (let k = 0; k < cuts.length; k++) {
      if (!Number.isFinite(cuts[k]!) || (k > 0 && !(cuts[k]! > cuts[k - 1]!))) {
        return {
          code: "invalid-input",
          message: `cutpoints: "${name}" must be finite and strictly increasing`,
        };
      }
    }
  }
  return null;
}

function sampleSd(x: Float64Array): number {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  return x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0;
}

function fail(code: MatchingError["code"], message: string): { ok: false; error: MatchingError } {
  return { ok: false, error: { code, message } };
}

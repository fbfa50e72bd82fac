import type { CovariateSpec } from "./covariates";
import type { MatchingUnit } from "./schema";

export interface Stratum {
  key: string;
  treated: number[];
  controls: number[];
}

export interface Stratification {
  /** Strata with ≥1 treated and ≥1 control, in order of first appearance. */
  strata: Stratum[];
  /** Per unit: its stratum's index in `strata`, or −1 when unmatched. */
  stratumOf: Int32Array;
  weights: Float64Array;
}

/**
 * Groups units by key and gives MatchIt's ATT weights for exact and
 * coarsened exact matching: a treated unit in a matched stratum s weighs 1, a
 * control (n_t,s / n_c,s) × (M_c / M_t), where M_c and M_t count all matched
 * controls and treated. The first factor makes each stratum's controls stand
 * for its treated; the second rescales so that the control weights add up to
 * the number of matched controls. Unmatched units weigh 0.
 */
export function stratify(keys: readonly string[], treated: Uint8Array): Stratification {
  const byKey = new Map<string, Stratum>();
  for (const [i, key] of keys.entries()) {
    let stratum = byKey.get(key);
    if (!stratum) {
      stratum = { key, treated: [], controls: [] };
      byKey.set(key, stratum);
    }
    (treated[i] ? stratum.treated : stratum.controls).push(i);
  }
  const strata = [...byKey.values()].filter((s) => s.treated.length > 0 && s.controls.length > 0);
  const matchedTreated = strata.reduce((a, s) => a + s.treated.length, 0);
  const matchedControls = strata.reduce((a, s) => a + s.controls.length, 0);
  const stratumOf = new Int32Array(keys.length).fill(-1);
  const weights = new Float64Array(keys.length);
  for (const [k, s] of strata.entries()) {
    const controlWeight =
      (s.treated.length / s.controls.length) * (matchedControls / matchedTreated);
    for (const i of s.treated) {
      stratumOf[i] = k;
      weights[i] = 1;
    }
    for (const i of s.controls) {
      stratumOf[i] = k;
      weights[i] = controlWeight;
    }
  }
  return { strata, stratumOf, weights };
}

/** Exact-matching keys: every covariate's value, e.g. `region="Kalmar"|age=34`. */
export function exactKeys(
  units: readonly MatchingUnit[],
  specs: readonly CovariateSpec[],
): string[] {
  return units.map((u) =>
    specs.map((s) => `${s.name}=${JSON.stringify(u.covariates[s.name])}`).join("|"),
  );
}

/**
 * CEM keys: numeric covariates with cutpoints are replaced by their bin; the
 * others (categorical, or numeric without cutpoints) are matched exactly.
 */
export function coarsenedKeys(
  units: readonly MatchingUnit[],
  specs: readonly CovariateSpec[],
  cutpoints: Readonly<Record<string, readonly number[]>>,
): string[] {
  return units.map((u) =>
    specs
      .map((s) => {
        const value = u.covariates[s.name];
        const cuts = cutpoints[s.name];
        if (s.kind === "numeric" && cuts && cuts.length > 0) {
          return `${s.name}=${binLabel(cuts, binIndex(cuts, value as number))}`;
        }
        return `${s.name}=${JSON.stringify(value)}`;
      })
      .join("|"),
  );
}

/**
 * The bin of a value: the number of cutpoints ≤ value. Bins are closed on the
 * left, [c_k−1, c_k); below the first cutpoint is bin 0, from the last one up
 * the last bin.
 */
export function binIndex(cutpoints: readonly number[], value: number): number {
  let lo = 0;
  let hi = cutpoints.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cutpoints[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function binLabel(cutpoints: readonly number[], bin: number): string {
  const lower = bin === 0 ? "-Inf" : String(cutpoints[bin - 1]);
  const upper = bin === cutpoints.length ? "Inf" : String(cutpoints[bin]);
  return bin === 0 ? `(${lower},${upper})` : `[${lower},${upper})`;
}

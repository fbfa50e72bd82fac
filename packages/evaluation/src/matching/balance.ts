import type { DesignMatrix } from "./covariates";
import type { BalanceRow } from "./schema";

/**
 * Standardised mean differences per design column (each level of a
 * categorical covariate is its own 0/1 column):
 *   before = (x̄_T − x̄_C) / s_T over all units, unweighted;
 *   after  = (x̄_T,w − x̄_C,w) / s_T with the matching weights;
 * s_T the treated group's SD before matching (n − 1 denominator), the same
 * in both so that a change reflects the means, not a new scale (as MatchIt's
 * summary for the ATT). A zero SD gives 0 when the means agree and null when
 * they do not.
 */
export function computeBalance(
  design: DesignMatrix,
  treated: Uint8Array,
  weights: Float64Array,
): BalanceRow[] {
  return design.names.map((covariate, j) => {
    const x = design.columns[j]!;
    const before = weightedMeans(x, treated, null);
    const after = weightedMeans(x, treated, weights);
    const sdTreated = treatedSd(x, treated, before.treated);
    return {
      covariate,
      smdBefore: standardise(before.treated - before.control, sdTreated),
      smdAfter: standardise(after.treated - after.control, sdTreated),
    };
  });
}

function standardise(difference: number, sd: number): number | null {
  if (Number.isNaN(difference)) return null;
  if (sd > 0) return difference / sd;
  return Math.abs(difference) < 1e-12 ? 0 : null;
}

function weightedMeans(x: Float64Array, treated: Uint8Array, weights: Float64Array | null) {
  let w1 = 0;
  let w0 = 0;
  let s1 = 0;
  let s0 = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w <= 0) continue;
    if (treated[i]) {
      w1 += w;
      s1 += w * x[i]!;
    } else {
      w0 += w;
      s0 += w * x[i]!;
    }
  }
  return { treated: s1 / w1, control: s0 / w0 };
}

function treatedSd(x: Float64Array, treated: Uint8Array, mean: number): number {
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    if (!treated[i]) continue;
    ss += (x[i]! - mean) ** 2;
    n++;
  }
  return n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN;
}

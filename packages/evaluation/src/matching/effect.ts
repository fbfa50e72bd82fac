import type { EffectEstimate, StandardErrors, StandardErrorType } from "./schema";

const Z_95 = 1.96;
/** Coefficients in the outcome model y ~ 1 + T. */
const K = 2;

/**
 * The average effect on the treated from matching weights, with the standard
 * errors of R's sandwich package for the weighted regression
 * `lm(y ~ T, weights = w)` over the units with w > 0 (n of them).
 *
 * The slope is τ = ȳ₁ − ȳ₀, ȳ_g = Σ_{T=g} w y / W_g, W_g = Σ_{T=g} w. Every
 * sandwich estimator here is (XᵀWX)⁻¹ [Σ ω_i x_i x_iᵀ or Σ_c s_c s_cᵀ] (XᵀWX)⁻¹
 * with estimating functions w_i e_i x_i, e_i = y_i − ȳ_{T_i}. For this
 * two-column design the slope's row of (XᵀWX)⁻¹ is (−1/W₀, 1/W₀ + 1/W₁), so
 * each reduces to sums of ψ_i = w_i e_i / W₁ (treated), −w_i e_i / W₀
 * (control), with hat values h_i = w_i / W_{T_i}:
 *   HC0 = Σ ψ²,  HC1 = n/(n − k) HC0,  HC2 = Σ ψ²/(1 − h),  HC3 = Σ ψ²/(1 − h)²,
 *   clusterHC0 = Σ_c (Σ_{i∈c} ψ_i)²,  clusterHC1 = G/(G − 1) (n − 1)/(n − k) clusterHC0,
 * k = 2, G clusters. `effect.test.ts` checks these against the matrix formulas.
 *
 * `cluster[i]` is the unit's pair or stratum, −1 when unmatched (w must then be 0).
 * Returns null when either group has no weight.
 */
export function estimateEffect(
  outcome: ArrayLike<number>,
  treated: Uint8Array,
  weights: Float64Array,
  cluster: Int32Array,
  headline: StandardErrorType,
): EffectEstimate | null {
  let w1 = 0;
  let w0 = 0;
  let s1 = 0;
  let s0 = 0;
  let n = 0;
  const units = weights.length;
  for (let i = 0; i < units; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    n++;
    if (treated[i]) {
      w1 += w;
      s1 += w * outcome[i]!;
    } else {
      w0 += w;
      s0 += w * outcome[i]!;
    }
  }
  if (!(w1 > 0) || !(w0 > 0)) return null;
  const mean1 = s1 / w1;
  const mean0 = s0 / w0;
  const estimate = mean1 - mean0;

  let hc0 = 0;
  let hc2 = 0;
  let hc3 = 0;
  let leverageOne = false;
  const clusterSums = new Map<number, number>();
  for (let i = 0; i < units; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    const groupWeight = treated[i] ? w1 : w0;
    const psi = treated[i] ? (w * (outcome[i]! - mean1)) / w1 : (-w * (outcome[i]! - mean0)) / w0;
    const complement = 1 - w / groupWeight;
    const square = psi * psi;
    hc0 += square;
    if (complement > 0) {
      hc2 += square / complement;
      hc3 += square / (complement * complement);
    } else leverageOne = true;
    const c = cluster[i]!;
    clusterSums.set(c, (clusterSums.get(c) ?? 0) + psi);
  }
  let cr0 = 0;
  for (const sum of clusterSums.values()) cr0 += sum * sum;
  const g = clusterSums.size;
  const root = (v: number | null) => (v === null ? null : Math.sqrt(v));
  const standardErrors: StandardErrors = {
    clusterHC1: root(g > 1 && n > K ? ((g / (g - 1)) * (n - 1) * cr0) / (n - K) : null),
    clusterHC0: root(cr0),
    HC0: root(hc0),
    HC1: root(n > K ? (n * hc0) / (n - K) : null),
    HC2: root(leverageOne ? null : hc2),
    HC3: root(leverageOne ? null : hc3),
  };
  const standardError = standardErrors[headline];
  return {
    estimate,
    standardError,
    standardErrorType: headline,
    standardErrors,
    ci:
      standardError === null
        ? null
        : [estimate - Z_95 * standardError, estimate + Z_95 * standardError],
    nClusters: g,
  };
}

import type { EffectEstimate } from "./schema";

const Z_95 = 1.96;

/**
 * The average effect on the treated from matching weights, with a CR0
 * cluster-robust standard error.
 *
 * Model: weighted least squares of y on (1, T) over units with w > 0. Its
 * slope is τ = ȳ₁ − ȳ₀ with ȳ_g = Σ_{T=g} w y / W_g, W_g = Σ_{T=g} w.
 * Sandwich: V = (XᵀWX)⁻¹ [Σ_c (Σ_{i∈c} w_i e_i x_i)(Σ_{i∈c} w_i e_i x_i)ᵀ] (XᵀWX)⁻¹,
 * e_i = y_i − ȳ_{T_i}, no small-sample factor (CR0; R's
 * `sandwich::vcovCL(fit, cluster = ~subclass, type = "HC0", cadjust = FALSE)`).
 * For this two-column design the slope's row of (XᵀWX)⁻¹ gives the closed form
 *   Var(τ) = Σ_c (Σ_{i∈c} ψ_i)², ψ_i = w_i e_i / W₁ (treated), −w_i e_i / W₀ (control),
 * which is what is computed. For 1:1 pairs this is Σ_pairs (d_p − d̄)² / N².
 *
 * `cluster[i]` is the unit's pair or stratum, −1 when unmatched (w must then be 0).
 * Returns null when either group has no weight.
 */
export function estimateEffect(
  outcome: ArrayLike<number>,
  treated: Uint8Array,
  weights: Float64Array,
  cluster: Int32Array,
): EffectEstimate | null {
  let w1 = 0;
  let w0 = 0;
  let s1 = 0;
  let s0 = 0;
  const n = weights.length;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w <= 0) continue;
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

  const clusterSums = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w <= 0) continue;
    const psi = treated[i] ? (w * (outcome[i]! - mean1)) / w1 : (-w * (outcome[i]! - mean0)) / w0;
    const c = cluster[i]!;
    clusterSums.set(c, (clusterSums.get(c) ?? 0) + psi);
  }
  let variance = 0;
  for (const sum of clusterSums.values()) variance += sum * sum;
  const standardError = Math.sqrt(variance);
  return {
    estimate,
    standardError,
    ci: [estimate - Z_95 * standardError, estimate + Z_95 * standardError],
    nClusters: clusterSums.size,
  };
}

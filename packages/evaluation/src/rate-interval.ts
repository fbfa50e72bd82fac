/** A success rate with its 95 % Wilson score interval. */
export interface RateWithInterval {
  successes: number;
  n: number;
  /** successes / n, or null when n = 0. */
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

const Z_95 = 1.959963984540054;

/**
 * Wilson score interval: p̃ = (p̂ + z²/2n) / (1 + z²/n), half-width
 * z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²). Chosen over the Wald interval because
 * the groups here (an activity type, a dose band, one municipality) are small
 * and rates near 0 or 1 are common; Wilson stays inside [0, 1] and keeps its
 * coverage there.
 */
export function rateWithConfidenceInterval(
  successes: number,
  n: number,
  z = Z_95,
): RateWithInterval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a count, not ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be a count between 0 and n = ${n}, not ${successes}`);
  }
  if (n === 0) return { successes, n, rate: null, lower: null, upper: null };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact ends at 0 and n, where rounding would otherwise give ±1e-17.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return { successes, n, rate: p, lower, upper };
}

/** Rates with intervals per group (activity type, dose band, method), groups in first-seen order. */
export function ratesByGroup<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  isSuccess: (item: T) => boolean,
): { group: string; rate: RateWithInterval }[] {
  const counts = new Map<string, { successes: number; n: number }>();
  for (const item of items) {
    const key = groupOf(item);
    const c = counts.get(key) ?? { successes: 0, n: 0 };
    c.n++;
    if (isSuccess(item)) c.successes++;
    counts.set(key, c);
  }
  return [...counts].map(([group, c]) => ({
    group,
    rate: rateWithConfidenceInterval(c.successes, c.n),
  }));
}

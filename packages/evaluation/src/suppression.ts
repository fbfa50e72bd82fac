/** A published count: the number, or null when it is too small to show. */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

/**
 * Arbetsförmedlingen publishes no count under 5; zero is shown, since an
 * empty group identifies no one.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export function publishCount(
  count: number,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): PublishedCount {
  const suppressed = count > 0 && count < threshold;
  return { value: suppressed ? null : count, suppressed };
}

/** A rate is shown only when both its counts are. */
export function publishRate(
  numerator: PublishedCount,
  denominator: PublishedCount,
  rate: number | null,
): number | null {
  return numerator.suppressed || denominator.suppressed ? null : rate;
}

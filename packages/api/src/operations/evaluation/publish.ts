import { type PublishedCell, rateWithConfidenceInterval } from "@opis/evaluation";

export type { PublishedCell };

/** A count that is not about people (a target), published as is. */
export function plainCell(value: number): PublishedCell {
  return { value, suppressed: false, reason: null };
}

const hiddenCell: PublishedCell = { value: null, suppressed: true, reason: "secondary" };

/** A rate shown only when its numerator and denominator are both shown. */
export function publishedRate(numerator: PublishedCell, denominator: PublishedCell): number | null {
  if (numerator.value === null || denominator.value === null || denominator.value === 0)
    return null;
  return numerator.value / denominator.value;
}

export interface PublishedRatio {
  numerator: PublishedCell;
  denominator: PublishedCell;
  rate: number | null;
}

export function publishedRatio(
  numerator: PublishedCell,
  denominator: PublishedCell,
): PublishedRatio {
  return { numerator, denominator, rate: publishedRate(numerator, denominator) };
}

/** A rate with its Wilson 95 % interval, counts from the publication; the interval hidden with them. */
export interface PublishedInterval {
  successes: PublishedCell;
  n: PublishedCell;
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

export function publishedInterval(
  successes: PublishedCell | null,
  n: PublishedCell | null,
): PublishedInterval {
  const s = successes ?? hiddenCell;
  const total = n ?? hiddenCell;
  if (s.value === null || total.value === null || total.value === 0) {
    return { successes: s, n: total, rate: null, lower: null, upper: null };
  }
  const r = rateWithConfidenceInterval(s.value, total.value);
  return { successes: s, n: total, rate: r.rate, lower: r.lower, upper: r.upper };
}

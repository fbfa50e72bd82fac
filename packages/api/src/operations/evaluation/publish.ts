import { GENDERS, type Gender } from "@opis/domain";
import {
  type PublishedCell,
  rateWithConfidenceInterval,
  suppressSplit,
  suppressTable,
} from "@opis/evaluation";

export type { PublishedCell };

/** A count that is not about people (a target), published as is. */
export function plainCell(value: number): PublishedCell {
  return { value, suppressed: false, reason: null };
}

/** A rate shown only when its numerator and denominator are both shown. */
export function publishedRate(numerator: PublishedCell, denominator: PublishedCell): number | null {
  if (numerator.value === null || denominator.value === null || denominator.value === 0)
    return null;
  return numerator.value / denominator.value;
}

/** Counts per gender and their total, suppressed as one line. */
export function publishGenderCounts(
  counts: Record<Gender, number>,
  threshold: number,
  total?: number,
): { byGender: Record<Gender, PublishedCell>; total: PublishedCell } {
  const split = suppressSplit(
    GENDERS.map((g) => counts[g]),
    total,
    { threshold },
  );
  return {
    byGender: Object.fromEntries(GENDERS.map((g, i) => [g, split.cells[i]!])) as Record<
      Gender,
      PublishedCell
    >,
    total: split.total,
  };
}

export interface PublishedRatio {
  numerator: PublishedCell;
  denominator: PublishedCell;
  rate: number | null;
}

/**
 * Successes and denominators per gender, suppressed as the 2-D table
 * gender × (success, failure) with its margins: the failures are a count of
 * people too, readable as denominator − numerator.
 */
export function publishGenderRatio(
  successes: Record<Gender, number>,
  denominators: Record<Gender, number>,
  threshold: number,
): { byGender: Record<Gender, PublishedRatio>; total: PublishedRatio } {
  const table = suppressTable(
    GENDERS.map((g) => [successes[g], denominators[g] - successes[g]]),
    { threshold },
  );
  const ratio = (numerator: PublishedCell, denominator: PublishedCell): PublishedRatio => ({
    numerator,
    denominator,
    rate: publishedRate(numerator, denominator),
  });
  return {
    byGender: Object.fromEntries(
      GENDERS.map((g, i) => [g, ratio(table.cells[i]![0]!, table.rowTotals[i]!)]),
    ) as Record<Gender, PublishedRatio>,
    total: ratio(table.columnTotals[0]!, table.grandTotal),
  };
}

/** A rate with its Wilson 95 % interval, counts suppressed; the interval hidden with them. */
export interface PublishedInterval {
  successes: PublishedCell;
  n: PublishedCell;
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

export function publishInterval(
  successes: number,
  n: number,
  threshold: number,
): PublishedInterval {
  const split = suppressSplit([successes, n - successes], n, { threshold });
  const s = split.cells[0]!;
  const total = split.total;
  if (s.suppressed || total.suppressed || split.cells[1]!.suppressed || n === 0) {
    return { successes: s, n: total, rate: null, lower: null, upper: null };
  }
  const r = rateWithConfidenceInterval(successes, n);
  return { successes: s, n: total, rate: r.rate, lower: r.lower, upper: r.upper };
}

export function zeroByGender(): Record<Gender, number> {
  return Object.fromEntries(GENDERS.map((g) => [g, 0])) as Record<Gender, number>;
}

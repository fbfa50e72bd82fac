import type { IsoDate } from "../dates/iso-date";
import type { Assessment } from "../instruments/assessment";
import type { Instrument } from "../instruments/instrument";

export interface StepProgression {
  /** The first baseline value, or null when none is recorded. */
  baseline: number | null;
  /** The latest later (non-baseline) value, or null. */
  latest: number | null;
  /** latest − baseline, or null when either is missing. */
  gain: number | null;
}

/**
 * Progress on one instrument (and life-wheel area): first baseline against
 * the latest later assessment. Assessments after `asOf` are ignored when given.
 */
export function stepProgression(
  instrument: Instrument,
  assessments: readonly Assessment[],
  options: { area?: string; asOf?: IsoDate } = {},
): StepProgression {
  const relevant = assessments
    .filter(
      (a) =>
        a.instrumentId === instrument.id &&
        a.area === options.area &&
        (options.asOf === undefined || a.assessedOn <= options.asOf),
    )
    // Stable sort: equal dates keep their recorded order.
    .sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0));
  const first = relevant.find((a) => a.phase === "baseline");
  if (!first) return { baseline: null, latest: null, gain: null };
  const later = relevant.filter(
    (a) => a !== first && a.phase !== "baseline" && a.assessedOn >= first.assessedOn,
  );
  const last = later.at(-1);
  if (!last) return { baseline: first.value, latest: null, gain: null };
  return { baseline: first.value, latest: last.value, gain: last.value - first.value };
}

import type { IsoDate } from "../dates/iso-date";

/** The days a participation covers: from its start to its exit day, both included; open while active. */
export interface ParticipationSpan {
  startDate: IsoDate;
  exitDate: IsoDate | null;
}

/** Whether attendance can be planned and recorded on `date` (the "in period" rule). */
export function isInParticipation(date: IsoDate, span: ParticipationSpan): boolean {
  return date >= span.startDate && (span.exitDate === null || date <= span.exitDate);
}

/** Whether the participation covers any day of [from, to] (a week of the attendance summary). */
export function participationOverlaps(
  span: ParticipationSpan,
  from: IsoDate,
  to: IsoDate,
): boolean {
  return span.startDate <= to && (span.exitDate === null || span.exitDate >= from);
}

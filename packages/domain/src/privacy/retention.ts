import { z } from "zod";
import { addMonths, compareIsoDates } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";

/**
 * How long a project keeps personal data after it ends (ADR 0016). ESF+ documentation
 * must be available for audit for years after the programme's final accounts; OPIS keeps
 * personal data 72 months (six years) after the project's end unless its definition says
 * otherwise, then pseudonymises them so the project's figures stay reproducible.
 */
export const DEFAULT_RETENTION_MONTHS_AFTER_END = 72;

export const RetentionSchema = z.object({
  monthsAfterEnd: z
    .number()
    .int({ error: "validation.project.retention.months" })
    .min(1, { error: "validation.project.retention.months" })
    .max(240, { error: "validation.project.retention.months" }),
});
export type Retention = z.infer<typeof RetentionSchema>;

/** The last day personal data of the project are kept: the project's end plus the retention period. */
export function retentionEndsOn(project: {
  period: { end: IsoDate };
  retention?: Retention | undefined;
}): IsoDate {
  return addMonths(
    project.period.end,
    project.retention?.monthsAfterEnd ?? DEFAULT_RETENTION_MONTHS_AFTER_END,
  );
}

/** Whether the project's personal data are due for erasure or pseudonymisation on `today`. */
export function isPastRetention(
  project: { period: { end: IsoDate }; retention?: Retention | undefined },
  today: IsoDate,
): boolean {
  return compareIsoDates(today, retentionEndsOn(project)) > 0;
}

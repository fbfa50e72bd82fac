import { type Executor, loadPersonalNumbersByEnrolment } from "@opis/db";
import {
  ESF_INDICATORS,
  esfCriterionHolds,
  type IsoDate,
  monthEnd,
  type ProjectDefinition,
} from "@opis/domain";
import { esfParticipantOf, loadEvaluationRecords } from "../evaluation/records";

/** Indicators read at entry (who the participant was); the rest are results on leaving. */
const AT_EXIT = new Set(["exitResult", "gainedQualification"]);

export interface ManagingAuthorityFile {
  month: string;
  asOf: IsoDate;
  header: string[];
  rows: (string | number)[][];
  /** The people in the file, for the audit event. */
  personIds: string[];
}

/**
 * The managing authority's participant file for a month: one row per
 * participant enrolled by the month's last day (today, for the current month), with the personal identity
 * number, start and end date, and each ESF+ common indicator as 1/0 — at entry,
 * and the results on leaving for those who left by then. Each indicator column
 * sums, per gender, to the console's ESF+ table for that day: both are the
 * domain's esfCriterionHolds over the same records.
 */
export async function managingAuthorityFile(
  db: Executor,
  options: { project: ProjectDefinition; month: string; today: IsoDate },
): Promise<ManagingAuthorityFile> {
  // The current month is reported as of today, like the console's table.
  const end = monthEnd(`${options.month}-01`);
  const asOf = end < options.today ? end : options.today;
  const records = await loadEvaluationRecords(db, { project: options.project });
  const identities = await loadPersonalNumbersByEnrolment(db, options.project.id);
  const indicators = ESF_INDICATORS.map((i) => ({
    ...i,
    column: `${AT_EXIT.has(i.counts.kind) ? "exit" : "entry"}_${i.code}`,
  }));
  const header = [
    "personalIdentityNumber",
    "gender",
    "startDate",
    "endDate",
    "exitReason",
    ...indicators.map((i) => i.column),
  ];
  const rows: (string | number)[][] = [];
  const personIds: string[] = [];
  for (const record of records) {
    if (record.enrolledOn > asOf) continue;
    const identity = identities.get(record.participantId);
    if (!identity) continue;
    personIds.push(identity.personId);
    const exit = record.exit && record.exit.date <= asOf ? record.exit : null;
    const participant = esfParticipantOf(record);
    rows.push([
      identity.personalIdentityNumber,
      record.gender,
      record.enrolledOn,
      exit?.date ?? "",
      exit?.reason ?? "",
      ...indicators.map((i) =>
        esfCriterionHolds(i.counts, options.project, participant, asOf) ? 1 : 0,
      ),
    ]);
  }
  rows.sort(
    (a, b) => String(a[2]).localeCompare(String(b[2])) || String(a[0]).localeCompare(String(b[0])),
  );
  return { month: options.month, asOf, header, rows, personIds };
}

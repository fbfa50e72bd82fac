import { createHash } from "node:crypto";
import { type Executor, type IntakeDecisionRow, loadIntakeDecisionRows } from "@opis/db";
import {
  ageBandOf,
  ageOn,
  type BirthRegion,
  type EducationLevel,
  flowObstaclesOf,
  GENDERS,
  type Gender,
  isBornOutsideEurope,
  isLowEducation,
  type ProjectDefinition,
} from "@opis/domain";
import {
  buildProjectPublication,
  type DeclinedIntake,
  type Publication,
  type PublicationRecord,
  type PublishedReport,
  publishedMonthEnds,
} from "@opis/evaluation";
import { z } from "zod";
import { AppError } from "../../errors";
import { type EvaluationRecord, loadEvaluationRecords } from "./records";
import { SUCCESS_FACTOR_GROUPS, successFactorGroupsOf } from "./success-factor-groups";

/**
 * The population a report is about, from the predefined dimensions only
 * (ADR 0011): all or one municipality, all or one priority group, all or one
 * enrolment quarter. No free dates: a free date range would let two requests
 * differ by one person.
 */
export const StatisticsFilterSchema = z.strictObject({
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** A site of a project that has sites; such a project publishes no single municipality. */
  site: z.string().min(1).optional(),
  priorityGroup: z.string().min(1).optional(),
  cohort: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional(),
});
export type StatisticsFilter = z.infer<typeof StatisticsFilterSchema>;

/** A month end the statistics stood on; the latest published one when left out. */
export const AsOfSchema = z.iso.date().optional();

/** The success-factor groups as the publication counts them, per record. */
function publicationRecord(record: EvaluationRecord): PublicationRecord {
  return Object.assign(record, {
    esf: {
      gender: record.gender,
      birthDate: record.birthDate,
      enrolledOn: record.enrolledOn,
      birthRegion: record.birthRegion,
      educationLevel: record.educationLevel,
      monthsRegisteredAtStart: record.facts.monthsRegisteredAtStart,
      disability: record.obstacles.disability,
      exit: record.exit ?? null,
      gainedQualification: record.facts.gainedQualification,
    },
    successFactorGroups: successFactorGroupsOf(record),
  });
}

/** A declined intake with its obstacles and priority groups on the day it was decided. */
function declinedIntake(project: ProjectDefinition, row: IntakeDecisionRow): DeclinedIntake | null {
  if (row.status !== "declined" || !row.decidedOn || !row.municipalityCode) return null;
  if (!GENDERS.includes(row.gender as Gender) || !row.birthDate) return null;
  const on = row.decidedOn;
  const region = row.birthRegion as BirthRegion | null;
  const education = row.educationLevel as EducationLevel | null;
  const splits: Record<string, string> = {};
  const yesNo = (v: boolean) => (v ? "yes" : "no");
  for (const d of flowObstaclesOf(project)) {
    if (d === "ageBand") splits[d] = ageBandOf(ageOn(row.birthDate, on));
    else if (d === "disability" && row.hasDisability !== null) splits[d] = yesNo(row.hasDisability);
    else if (d === "bornOutsideEurope" && region) splits[d] = yesNo(isBornOutsideEurope(region));
    else if (d === "lowEducation" && education) splits[d] = yesNo(isLowEducation(education));
  }
  const priorityGroups = project.priorityGroups
    .filter((group) =>
      group.conditions.every((c) => {
        switch (c.kind) {
          case "gender":
            return row.gender === c.equals;
          case "birthRegion":
            return region !== null && (c.in as readonly string[]).includes(region);
          case "ageAtLeast":
            return ageOn(row.birthDate!, on) >= c.years;
          case "ageAtMost":
            return ageOn(row.birthDate!, on) <= c.years;
          case "lowEducation":
            return education !== null && isLowEducation(education);
          case "disability":
            return row.hasDisability === true;
          default:
            return c satisfies never;
        }
      }),
    )
    .map((g) => g.id);
  return {
    decidedOn: on,
    municipalityCode: row.municipalityCode,
    gender: row.gender as Gender,
    priorityGroups,
    splits,
  };
}

/**
 * The project's publication on `today`: loaded from the whole population
 * (never from a filtered query) and protected as a whole, so every screen,
 * export and report reads the same protected cells.
 */
export async function loadPublication(
  db: Executor,
  options: { project: ProjectDefinition; today: string; threshold: number },
): Promise<{ publication: Publication; records: EvaluationRecord[] }> {
  const { project } = options;
  const [records, intakes] = await Promise.all([
    loadEvaluationRecords(db, { project }),
    loadIntakeDecisionRows(db, { projectId: project.id }),
  ]);
  // Building protects every report at once (seconds on large projects); the same
  // data on the same day with the same threshold gives the same publication.
  const key = createHash("sha256")
    .update(JSON.stringify([project, options.today, options.threshold, records, intakes]))
    .digest("hex");
  let publication = recentPublications.get(key);
  if (!publication) {
    publication = buildProjectPublication({
      project,
      records: records.map(publicationRecord),
      declined: intakes.flatMap((row) => declinedIntake(project, row) ?? []),
      today: options.today,
      threshold: options.threshold,
      successFactorGroups: SUCCESS_FACTOR_GROUPS,
    });
    if (recentPublications.size >= 4)
      recentPublications.delete(recentPublications.keys().next().value!);
    recentPublications.set(key, publication);
  }
  return { publication, records };
}

const recentPublications = new Map<string, Publication>();

/** The latest month end a caller may ask for on `today`, or null before the first month has ended. */
export function latestMonthEnd(project: ProjectDefinition, today: string): string | null {
  return publishedMonthEnds(project, today).at(-1) ?? null;
}

/**
 * The report a request names: a RangeError from the publication (a value
 * outside the predefined dimensions) becomes a validation error naming the field.
 */
export function requestReport(
  publication: Publication,
  filter: StatisticsFilter,
  asOf: string | undefined,
): PublishedReport {
  const months = publication.space.months;
  const day = asOf ?? months.at(-1);
  if (day === undefined || !months.includes(day)) {
    throw new AppError("VALIDATION", "errors.validation", {
      asOf: ["validation.report.asOf.notMonthEnd"],
    });
  }
  const field = (name: string, list: readonly string[], value: string | undefined) => {
    if (value !== undefined && !list.includes(value))
      throw new AppError("VALIDATION", "errors.validation", {
        [`filter.${name}`]: [`validation.report.${name}.notPublished`],
      });
  };
  field("municipalityCode", publication.space.municipalities, filter.municipalityCode);
  field("site", publication.space.municipalities, filter.site);
  field("priorityGroup", publication.space.priorityGroups, filter.priorityGroup);
  field("cohort", publication.space.cohorts, filter.cohort);
  return publication.report({
    municipality: filter.site ?? filter.municipalityCode,
    priorityGroup: filter.priorityGroup,
    cohort: filter.cohort,
    asOf: day,
  });
}

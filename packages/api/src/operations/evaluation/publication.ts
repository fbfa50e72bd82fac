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
import { type EvaluationRecord, esfParticipantOf, loadEvaluationRecords } from "./records";
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
    esf: esfParticipantOf(record),
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
 *
 * Building protects every report at once: about a third of a second of one core
 * for 2,000 participants, with the event loop blocked. So a publication is built
 * once and shared: by data (the same data, day and threshold give the same
 * publication), and, with `maxAgeMs` above 0 (the server's
 * OPIS_PUBLICATION_MAX_AGE_SECONDS), for that long whatever was written since,
 * with one build at a time per project, day and threshold (ADR 0027). With 0
 * (tests, the CLI) every call reads the data and is exact.
 */
export async function loadPublication(
  db: Executor,
  options: { project: ProjectDefinition; today: string; threshold: number; maxAgeMs?: number },
): Promise<{ publication: Publication }> {
  const maxAgeMs = options.maxAgeMs ?? 0;
  const scope = createHash("sha256")
    .update(JSON.stringify([options.project, options.today, options.threshold]))
    .digest("hex");
  const latest = latestPublications.get(scope);
  if (maxAgeMs > 0) {
    if (latest && Date.now() - latest.builtAt < maxAgeMs)
      return { publication: latest.publication };
    const running = buildsRunning.get(scope);
    if (running) return { publication: await running };
  }
  const build = buildFromData(db, options, scope, latest);
  buildsRunning.set(scope, build);
  try {
    const publication = await build;
    return { publication };
  } finally {
    if (buildsRunning.get(scope) === build) buildsRunning.delete(scope);
  }
}

async function buildFromData(
  db: Executor,
  options: { project: ProjectDefinition; today: string; threshold: number },
  scope: string,
  latest: BuiltPublication | undefined,
): Promise<Publication> {
  const { project } = options;
  const [records, intakes] = await Promise.all([
    loadEvaluationRecords(db, { project }),
    loadIntakeDecisionRows(db, { projectId: project.id }),
  ]);
  const dataKey = createHash("sha256")
    .update(JSON.stringify([records, intakes]))
    .digest("hex");
  if (latest?.dataKey === dataKey) {
    latest.builtAt = Date.now();
    return latest.publication;
  }
  const publication = buildProjectPublication({
    project,
    records: records.map(publicationRecord),
    declined: intakes.flatMap((row) => declinedIntake(project, row) ?? []),
    today: options.today,
    threshold: options.threshold,
    successFactorGroups: SUCCESS_FACTOR_GROUPS,
  });
  latestPublications.delete(scope);
  if (latestPublications.size >= MAX_KEPT_PUBLICATIONS)
    latestPublications.delete(latestPublications.keys().next().value!);
  latestPublications.set(scope, { publication, dataKey, builtAt: Date.now() });
  return publication;
}

interface BuiltPublication {
  publication: Publication;
  /** A hash of the records and intakes it was built from. */
  dataKey: string;
  /** When it was built or last found to match the data (ms since the epoch). */
  builtAt: number;
}

const MAX_KEPT_PUBLICATIONS = 8;
/** The latest publication per project, day and threshold (oldest first, for eviction). */
const latestPublications = new Map<string, BuiltPublication>();
/** Builds under way, so concurrent callers of one scope share one. */
const buildsRunning = new Map<string, Promise<Publication>>();

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

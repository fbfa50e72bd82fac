import { type IsoDate, isIsoDate } from "../dates/iso-date";
import { matchPriorityGroups } from "../eligibility/priority-groups";
import type { IntakeFacts } from "../intake/intake-facts";
import { parsePersonalIdentityNumber } from "../personnummer/parse";
import { exitStatusCategory, followUpOutcomeCategory } from "../projects/categories";
import type { ProjectDefinition } from "../projects/project-definition";
import { siteOf, sitesOf } from "../projects/sites";
import { hasForbiddenCharacters } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import { BIRTH_REGIONS, type BirthRegion } from "../vocabularies/birth-region";
import { EDUCATION_LEVELS, type EducationLevel } from "../vocabularies/education-level";
import { EXIT_REASONS, type ExitReason } from "../vocabularies/exit";
import { GENDERS, type Gender } from "../vocabularies/gender";
import type { MunicipalityCode } from "../vocabularies/municipalities";
import type { ImportIssue } from "./import-issue";
import { type ParticipationImportColumn, UNKNOWN_CODE } from "./participation-columns";

/** What a row is checked against: the project, today, and the officers who exist. */
export interface ParticipationImportContext {
  project: ProjectDefinition;
  today: IsoDate;
  /** E-mail addresses (lower case) of active officers who may own the case. */
  officerEmails: ReadonlySet<string>;
}

/** One valid historical participation, ready to be written. Unknown facts are null (education "US"). */
export interface HistoricalParticipation {
  personalIdentityNumber: string;
  identityKind: "personnummer" | "samordningsnummer";
  birthDate: IsoDate;
  givenName: string;
  familyName: string;
  gender: Gender;
  municipalityCode: MunicipalityCode;
  siteId: string;
  officerEmail: string;
  startDate: IsoDate;
  monthsRegisteredAtAf: number;
  birthRegion: BirthRegion | null;
  educationLevel: EducationLevel;
  disability: boolean | null;
  exit: { date: IsoDate; reason: ExitReason; status: string } | null;
  outcome90: { outcome: string; date: IsoDate } | null;
  priorityGroups: string[];
}

export type ParticipationRowResult =
  | { ok: true; value: HistoricalParticipation }
  | { ok: false; issues: ImportIssue[] };

const NAME_MAX = 100;
const MONTHS_MAX = 600;
const PERSONNUMMER_KEYS = {
  empty: "validation.personnummer.empty",
  format: "validation.personnummer.format",
  date: "validation.personnummer.date",
  checksum: "validation.personnummer.checksum",
  future: "validation.personnummer.future",
} as const satisfies Record<string, ValidationMessageKey>;

/**
 * Checks one data row of a historical import (row = its line in the file,
 * the header being row 1) and returns the participation or every problem, each
 * naming its column. Dates must lie in the project period and not after today;
 * an exit on or after the start; an outcome only after an exit, on or after it;
 * codes from the domain's vocabularies and the project's own categories and sites.
 * "unknown" (or empty) is allowed for birth region, education and disability.
 */
export function validateParticipationRow(
  cells: Readonly<Record<ParticipationImportColumn, string>>,
  row: number,
  context: ParticipationImportContext,
): ParticipationRowResult {
  const { project, today } = context;
  const issues: ImportIssue[] = [];
  const fail = (column: ParticipationImportColumn, messageKey: ValidationMessageKey) => {
    issues.push({ row, column, messageKey });
  };

  const pin = parsePersonalIdentityNumber(cells.personalIdentityNumber, today);
  if (!pin.ok) fail("personalIdentityNumber", PERSONNUMMER_KEYS[pin.error]);

  const givenName = nameOf(cells.givenName, "givenName", fail);
  const familyName = nameOf(cells.familyName, "familyName", fail);

  const gender = cells.gender as Gender;
  if (!(GENDERS as readonly string[]).includes(gender)) {
    fail(
      "gender",
      cells.gender === "" ? "validation.import.required" : "validation.import.gender.invalid",
    );
  } else if (pin.ok && gender !== "nonBinary" && gender !== pin.value.legalGender) {
    fail("gender", "validation.import.gender.contradictsIdentityNumber");
  }

  const municipalityCode = cells.municipalityCode as MunicipalityCode;
  const municipalityOk = project.municipalities.includes(municipalityCode);
  if (!municipalityOk) {
    fail(
      "municipalityCode",
      cells.municipalityCode === ""
        ? "validation.import.required"
        : "validation.import.municipalityCode.notInProject",
    );
  }
  let siteId = municipalityOk ? siteOf(project, municipalityCode) : "";
  if (cells.site !== "") {
    const site = sitesOf(project).find((s) => s.id === cells.site);
    if (!site) fail("site", "validation.import.site.notInProject");
    else if (municipalityOk && !site.municipalities.includes(municipalityCode)) {
      fail("site", "validation.import.site.municipalityNotInSite");
    } else siteId = site.id;
  }

  const officerEmail = cells.officerEmail.toLowerCase();
  if (officerEmail === "") fail("officerEmail", "validation.import.required");
  else if (!context.officerEmails.has(officerEmail)) {
    fail("officerEmail", "validation.import.officerEmail.unknown");
  }

  const startDate = dateIn(cells.startDate, "startDate", project, today, fail, true);
  if (startDate && pin.ok && startDate < pin.value.birthDate) {
    fail("startDate", "validation.import.startDate.beforeBirth");
  }

  const months = Number(cells.monthsRegisteredAtAf);
  if (cells.monthsRegisteredAtAf === "") fail("monthsRegisteredAtAf", "validation.import.required");
  else if (!/^\d+$/.test(cells.monthsRegisteredAtAf) || months > MONTHS_MAX) {
    fail("monthsRegisteredAtAf", "validation.intake.monthsRegisteredAtAf.range");
  }

  const birthRegion = unknownOr(cells.birthRegion, BIRTH_REGIONS);
  if (birthRegion === undefined) fail("birthRegion", "validation.import.birthRegion.invalid");
  const education = unknownOr(cells.educationLevel, EDUCATION_LEVELS);
  if (education === undefined) fail("educationLevel", "validation.import.educationLevel.invalid");
  const disability = yesNoUnknown(cells.disability);
  if (disability === undefined) fail("disability", "validation.import.disability.invalid");

  const exit = exitOf(cells, project, today, startDate, fail);
  const outcome90 = outcomeOf(cells, project, today, exit, fail);

  if (issues.length > 0 || !pin.ok || !startDate || givenName === null || familyName === null) {
    return { ok: false, issues };
  }
  const value: HistoricalParticipation = {
    personalIdentityNumber: pin.value.canonical,
    identityKind: pin.value.kind,
    birthDate: pin.value.birthDate,
    givenName,
    familyName,
    gender,
    municipalityCode,
    siteId,
    officerEmail,
    startDate,
    monthsRegisteredAtAf: months,
    birthRegion: birthRegion ?? null,
    educationLevel: education ?? "US",
    disability: disability ?? null,
    exit: exit ?? null,
    outcome90: outcome90 ?? null,
    priorityGroups: [],
  };
  value.priorityGroups = priorityGroupsOf(project, value);
  return { ok: true, value };
}

type Fail = (column: ParticipationImportColumn, key: ValidationMessageKey) => void;

function nameOf(text: string, column: "givenName" | "familyName", fail: Fail): string | null {
  if (text === "") fail(column, "validation.import.required");
  else if (text.length > NAME_MAX) fail(column, "validation.import.name.tooLong");
  else if (hasForbiddenCharacters(text)) fail(column, "validation.text.controlCharacters");
  else return text.normalize("NFC");
  return null;
}

/** A date in the project period and not after today; null after reporting why not. */
function dateIn(
  text: string,
  column: ParticipationImportColumn,
  project: ProjectDefinition,
  today: IsoDate,
  fail: Fail,
  required: boolean,
): IsoDate | null {
  if (text === "") {
    if (required) fail(column, "validation.import.required");
    return null;
  }
  if (!isIsoDate(text)) fail(column, "validation.date.invalid");
  else if (text < project.period.start || text > project.period.end) {
    fail(column, "validation.import.date.outsidePeriod");
  } else if (text > today) fail(column, "validation.import.date.future");
  else return text;
  return null;
}

/**
 * A code of the vocabulary, null for unknown (empty or "unknown"), undefined when invalid.
 * Education's own "US" (uppgift saknas) is unknown too.
 */
function unknownOr<T extends string>(text: string, codes: readonly T[]): T | null | undefined {
  if (text === "" || text === UNKNOWN_CODE || text === "US") return null;
  return (codes as readonly string[]).includes(text) ? (text as T) : undefined;
}

function yesNoUnknown(text: string): boolean | null | undefined {
  if (text === "" || text === UNKNOWN_CODE) return null;
  if (text === "yes") return true;
  if (text === "no") return false;
  return undefined;
}

function exitOf(
  cells: Readonly<Record<ParticipationImportColumn, string>>,
  project: ProjectDefinition,
  today: IsoDate,
  startDate: IsoDate | null,
  fail: Fail,
): HistoricalParticipation["exit"] | undefined {
  const any = cells.exitDate !== "" || cells.exitReason !== "" || cells.exitStatus !== "";
  if (!any) return null;
  const date = dateIn(cells.exitDate, "exitDate", project, today, fail, true);
  if (date && startDate && date < startDate)
    fail("exitDate", "validation.exit.exitDate.beforeStart");
  const reason = cells.exitReason as ExitReason;
  const reasonOk = (EXIT_REASONS as readonly string[]).includes(reason);
  if (!reasonOk) {
    fail(
      "exitReason",
      cells.exitReason === ""
        ? "validation.import.exit.incomplete"
        : "validation.import.exitReason.invalid",
    );
  }
  const statusOk = exitStatusCategory(project, cells.exitStatus) !== undefined;
  if (!statusOk) {
    fail(
      "exitStatus",
      cells.exitStatus === ""
        ? "validation.import.exit.incomplete"
        : "validation.exit.status.notInProject",
    );
  }
  if (!date || !reasonOk || !statusOk || (startDate !== null && date < startDate)) return undefined;
  return { date, reason, status: cells.exitStatus };
}

function outcomeOf(
  cells: Readonly<Record<ParticipationImportColumn, string>>,
  project: ProjectDefinition,
  today: IsoDate,
  exit: HistoricalParticipation["exit"] | undefined,
  fail: Fail,
): HistoricalParticipation["outcome90"] | undefined {
  if (cells.outcome90 === "" && cells.outcome90Date === "") return null;
  if (exit === null) {
    fail(
      cells.outcome90 !== "" ? "outcome90" : "outcome90Date",
      "validation.import.outcome.withoutExit",
    );
    return undefined;
  }
  const outcomeOk = followUpOutcomeCategory(project, cells.outcome90) !== undefined;
  if (!outcomeOk) {
    fail(
      "outcome90",
      cells.outcome90 === ""
        ? "validation.import.outcome.incomplete"
        : "validation.import.outcome90.notInProject",
    );
  }
  if (cells.outcome90Date === "") {
    fail("outcome90Date", "validation.import.outcome.incomplete");
    return undefined;
  }
  // A follow-up may be recorded after the project period ends; only today bounds it.
  if (!isIsoDate(cells.outcome90Date)) {
    fail("outcome90Date", "validation.date.invalid");
    return undefined;
  }
  if (cells.outcome90Date > today) {
    fail("outcome90Date", "validation.import.date.future");
    return undefined;
  }
  if (exit && cells.outcome90Date < exit.date) {
    fail("outcome90Date", "validation.import.outcome90Date.beforeExit");
    return undefined;
  }
  if (!exit || !outcomeOk) return undefined;
  return { outcome: cells.outcome90, date: cells.outcome90Date };
}

/** Priority groups whose conditions are known to hold: an unknown fact never places anyone in a group. */
function priorityGroupsOf(project: ProjectDefinition, p: HistoricalParticipation): string[] {
  if (p.birthRegion === null || p.disability === null) {
    const known = project.priorityGroups.filter((g) =>
      g.conditions.every(
        (c) =>
          !(c.kind === "birthRegion" && p.birthRegion === null) &&
          !(c.kind === "disability" && p.disability === null),
      ),
    );
    return matchPriorityGroups({ ...project, priorityGroups: known }, factsOf(p), p.startDate);
  }
  return matchPriorityGroups(project, factsOf(p), p.startDate);
}

/**
 * The intake facts an imported participation records: only what the file
 * says. An unknown fact is left out (intake facts may be partial), never
 * filled with a guess.
 */
export function intakeFactsOfImport(p: HistoricalParticipation): Partial<IntakeFacts> {
  return {
    gender: p.gender,
    birthDate: p.birthDate,
    municipalityCode: p.municipalityCode,
    monthsRegisteredAtAf: p.monthsRegisteredAtAf,
    educationLevel: p.educationLevel,
    ...(p.birthRegion === null ? {} : { birthRegion: p.birthRegion }),
    ...(p.disability === null ? {} : { hasDisabilityReducingWorkCapacity: p.disability }),
  };
}

/** Full facts for matching priority groups; the placeholders are never read (their groups were dropped). */
function factsOf(p: HistoricalParticipation): IntakeFacts {
  return {
    gender: p.gender,
    birthDate: p.birthDate,
    municipalityCode: p.municipalityCode,
    monthsRegisteredAtAf: p.monthsRegisteredAtAf,
    earlierSupportTried: true,
    labourMarketAssessmentDate: null,
    workAvailabilityPercent: 100,
    participatesOnSite: true,
    hasDisabilityReducingWorkCapacity: p.disability ?? false,
    educationLevel: p.educationLevel,
    birthRegion: p.birthRegion ?? "sweden",
    languageLevel: 6,
  };
}

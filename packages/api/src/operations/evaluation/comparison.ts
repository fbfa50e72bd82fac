import type { ComparisonUnitInsert } from "@opis/db";
import {
  BIRTH_REGIONS,
  type BirthRegion,
  EDUCATION_LEVELS,
  type EducationLevel,
  FOLLOW_UP_OUTCOMES,
  type FollowUpOutcome,
  findMunicipality,
  GENDERS,
  type Gender,
  isIsoDate,
  measuredOutcome,
  obstacleKey,
  type ProjectDefinition,
  ProjectIdSchema,
  successCategoriesOf,
} from "@opis/domain";
import {
  detectCsvDelimiter,
  evaluateMatching,
  type MatchingUnit,
  type MatchingWarning,
  type PublishedCount,
  parseCsv,
  publishCount,
  type StandardErrors,
  type StandardErrorType,
  suppressSplit,
} from "@opis/evaluation";
import ExcelJS from "exceljs";
import { z } from "zod";
import { type EvaluationRecord, resolveOutcomeGoal } from "./records";

/** The columns of a comparison-group file, in this order; headers are matched by name. */
export const COMPARISON_COLUMNS = [
  "pseudonym",
  "gender",
  "birth_year",
  "birth_region",
  "education",
  "disability",
  "months_registered",
  "municipality",
  "reference_date",
  "outcome_90",
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

/** The largest file accepted, in bytes (the base64 text is a third larger). */
export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000_000;
const MAX_ERRORS = 100;

/** A problem with one cell; the message key names what to do. Values are never echoed. */
export interface ImportRowError {
  /** Line in the file, the header being line 1. */
  row: number;
  column: ComparisonColumn | null;
  messageKey: string;
}

export type ParsedImport =
  | { ok: true; units: ComparisonUnitInsert[] }
  | { ok: false; errors: ImportRowError[]; errorCount: number };

const HEADER_ALIASES: Record<string, ComparisonColumn> = {
  pseudonym: "pseudonym",
  id: "pseudonym",
  gender: "gender",
  kon: "gender",
  birthyear: "birth_year",
  fodelsear: "birth_year",
  birthregion: "birth_region",
  fodelseregion: "birth_region",
  education: "education",
  educationlevel: "education",
  utbildning: "education",
  disability: "disability",
  funktionsnedsattning: "disability",
  monthsregistered: "months_registered",
  inskrivningstid: "months_registered",
  municipality: "municipality",
  kommun: "municipality",
  referencedate: "reference_date",
  referensdatum: "reference_date",
  outcome90: "outcome_90",
  outcome90days: "outcome_90",
  utfall90: "outcome_90",
};

function normaliseHeader(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

const GENDER_ALIASES: Record<string, Gender> = {
  woman: "woman",
  kvinna: "woman",
  k: "woman",
  f: "woman",
  man: "man",
  m: "man",
  nonbinary: "nonBinary",
  ickebinar: "nonBinary",
};
const YES = new Set(["yes", "ja", "true", "1", "y", "j"]);
const NO = new Set(["no", "nej", "false", "0", "n"]);

/** CSV text (comma or semicolon) as rows of strings, blank rows dropped; throws when unreadable. */
export function readCsvRows(text: string): string[][] {
  const parsed = parseCsv(text, detectCsvDelimiter(text));
  if (!parsed.ok) throw new Error(`CSV line ${parsed.line}: ${parsed.message}`);
  return parsed.records.map((r) => r.fields).filter((r) => r.some((v) => v.trim() !== ""));
}

/** Reads the first worksheet of an XLSX file into rows of strings. */
export async function parseXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      values.push(
        v === null || v === undefined
          ? ""
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : typeof v === "object" && "text" in v
              ? String(v.text)
              : typeof v === "object" && "result" in v
                ? String(v.result)
                : String(v),
      );
    }
    rows.push(values);
  });
  return rows;
}

/**
 * Validates every row of a comparison-group file. Returns the units only when
 * every row is valid: nothing is half-imported.
 */
export function validateComparisonRows(rows: readonly string[][]): ParsedImport {
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const add = (e: ImportRowError) => {
    errorCount += 1;
    if (errors.length < MAX_ERRORS) errors.push(e);
  };
  const header = rows[0];
  if (!header) {
    add({ row: 1, column: null, messageKey: "evaluation.import.error.empty" });
    return { ok: false, errors, errorCount };
  }
  const index = new Map<ComparisonColumn, number>();
  header.forEach((h, i) => {
    const column = HEADER_ALIASES[normaliseHeader(h)];
    if (column && !index.has(column)) index.set(column, i);
  });
  for (const column of COMPARISON_COLUMNS) {
    if (!index.has(column))
      add({ row: 1, column, messageKey: "evaluation.import.error.missingColumn" });
  }
  if (errorCount > 0) return { ok: false, errors, errorCount };
  if (rows.length < 2) {
    add({ row: 2, column: null, messageKey: "evaluation.import.error.noRows" });
    return { ok: false, errors, errorCount };
  }
  if (rows.length - 1 > MAX_IMPORT_ROWS) {
    add({
      row: MAX_IMPORT_ROWS + 2,
      column: null,
      messageKey: "evaluation.import.error.tooManyRows",
    });
    return { ok: false, errors, errorCount };
  }
  const units: ComparisonUnitInsert[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const cells = rows[r]!;
    const get = (c: ComparisonColumn) => (cells[index.get(c)!] ?? "").trim();
    let valid = true;
    const fail = (column: ComparisonColumn, key: string) => {
      valid = false;
      add({ row: line, column, messageKey: `evaluation.import.error.${key}` });
    };
    const pseudonym = get("pseudonym");
    if (!pseudonym) fail("pseudonym", "pseudonymRequired");
    else if (/^(\d{6}|\d{8})[-+]?\d{4}$/.test(pseudonym)) fail("pseudonym", "pseudonymIdentifying");
    else if (pseudonym.length > 64) fail("pseudonym", "pseudonymTooLong");
    else if (seen.has(pseudonym)) fail("pseudonym", "pseudonymDuplicate");
    else seen.add(pseudonym);
    const gender = GENDER_ALIASES[normaliseHeader(get("gender"))];
    if (!gender) fail("gender", "gender");
    const birthYearText = get("birth_year");
    const birthYear = Number(birthYearText);
    if (!/^\d{4}$/.test(birthYearText) || birthYear < 1900 || birthYear > 2020)
      fail("birth_year", "birthYear");
    const birthRegion = get("birth_region");
    if (!(BIRTH_REGIONS as readonly string[]).includes(birthRegion))
      fail("birth_region", "birthRegion");
    const education = get("education").toUpperCase();
    if (!(EDUCATION_LEVELS as readonly string[]).includes(education))
      fail("education", "education");
    const disabilityText = get("disability").toLowerCase();
    if (!YES.has(disabilityText) && !NO.has(disabilityText)) fail("disability", "disability");
    const monthsText = get("months_registered");
    const months = Number(monthsText);
    if (!/^\d{1,4}$/.test(monthsText) || months > 1200)
      fail("months_registered", "monthsRegistered");
    const municipality = get("municipality").padStart(4, "0");
    if (!/^\d{4}$/.test(municipality) || !findMunicipality(municipality))
      fail("municipality", "municipality");
    const referenceDate = get("reference_date");
    if (!isIsoDate(referenceDate)) fail("reference_date", "referenceDate");
    const outcome = get("outcome_90");
    if (!(FOLLOW_UP_OUTCOMES as readonly string[]).includes(outcome)) fail("outcome_90", "outcome");
    if (valid && errorCount === 0) {
      units.push({
        pseudonym,
        gender: gender!,
        birthYear,
        birthRegion: birthRegion as BirthRegion,
        educationLevel: education as EducationLevel,
        hasDisability: YES.has(disabilityText),
        monthsRegistered: months,
        municipalityCode: municipality,
        referenceDate,
        outcome90: outcome as FollowUpOutcome,
      });
    }
  }
  return errorCount > 0 ? { ok: false, errors, errorCount } : { ok: true, units };
}

/** The covariates a match can use; gender is always carried for the per-gender split. */
export const MATCH_COVARIATES = [
  "gender",
  "age",
  "birthRegion",
  "education",
  "disability",
  "monthsRegistered",
  "municipality",
] as const;
export type MatchCovariate = (typeof MATCH_COVARIATES)[number];

export const MatchInputSchema = z.object({
  projectId: ProjectIdSchema.optional(),
  importId: z.uuid(),
  method: z.enum(["exact", "cem", "nearest"]),
  covariates: z
    .array(z.enum(MATCH_COVARIATES))
    .min(1)
    .default([...MATCH_COVARIATES]),
  cutpoints: z
    .object({
      age: z.array(z.number()).optional(),
      monthsRegistered: z.array(z.number()).optional(),
    })
    .optional(),
  caliper: z.number().positive().max(10).optional(),
  threshold: z.number().int().min(5).max(100).default(5),
});
export type MatchInput = z.infer<typeof MatchInputSchema>;

type ComparisonRow = Omit<ComparisonUnitInsert, "importId">;

/**
 * The matching units. Treated: participants who completed and whose 90-day
 * outcome is recorded on time and known (goal 2's measured population).
 * Controls: comparison units with a known outcome. Outcome 1 = work or
 * studies as the project defines it. Age is taken at the start year for
 * participants and at the reference year for controls (both as year − birth year).
 */
export function buildMatchingUnits(options: {
  project: ProjectDefinition;
  records: readonly EvaluationRecord[];
  comparison: readonly ComparisonRow[];
  asOf: string;
  /** The outcome goal measured; the project's first outcome goal when left out. */
  goalId?: string | undefined;
}): MatchingUnit[] {
  const { project, asOf } = options;
  const goal = resolveOutcomeGoal(project, options.goalId);
  const success = goal ? successCategoriesOf(goal, project).success : new Set<string>();
  const units: MatchingUnit[] = [];
  let k = 0;
  for (const r of options.records) {
    const outcome = goal ? measuredOutcome(project, goal, r, asOf) : null;
    if (outcome === null) continue;
    k += 1;
    units.push({
      id: `t${k}`,
      treated: true,
      outcome: outcome === "workOrStudies" ? 1 : 0,
      covariates: {
        gender: r.gender,
        age: Number(r.enrolledOn.slice(0, 4)) - Number(r.birthDate.slice(0, 4)),
        // Unknown facts match only unknown ones: never treated as "no".
        birthRegion: r.birthRegion ?? "unknown",
        education: r.educationLevel,
        disability: obstacleKey(r.obstacles.disability),
        monthsRegistered: r.facts.monthsRegisteredAtStart,
        municipality: r.municipalityCode,
      },
    });
  }
  let c = 0;
  for (const u of options.comparison) {
    if (u.outcome90 === "unknown") continue;
    c += 1;
    units.push({
      id: `c${c}`,
      treated: false,
      outcome: success.has(u.outcome90) ? 1 : 0,
      covariates: {
        gender: u.gender,
        age: Number(u.referenceDate.slice(0, 4)) - u.birthYear,
        birthRegion: u.birthRegion,
        education: u.educationLevel,
        disability: u.hasDisability ? "yes" : "no",
        monthsRegistered: u.monthsRegistered,
        municipality: u.municipalityCode,
      },
    });
  }
  return units;
}

/** An engine warning with its counts published (small ones suppressed); the message is the UI's. */
export interface PublishedWarning {
  code: MatchingWarning["code"];
  count: PublishedCount;
  total: PublishedCount;
}

export interface PublishedEffect {
  estimate: number | null;
  /** The headline standard error, `standardErrors[standardErrorType]`. */
  standardError: number | null;
  standardErrorType: StandardErrorType | null;
  /** Every variant the engine computes, for the analyst (null when hidden or undefined). */
  standardErrors: StandardErrors | null;
  ci: [number, number] | null;
  nTreated: PublishedCount;
  nControl: PublishedCount;
  nMatchedTreated: PublishedCount;
  nMatchedControl: PublishedCount;
  nClusters: number | null;
  /** Why there is no estimate: an engine error code, or "suppressed". */
  problem: string | null;
  warnings: PublishedWarning[];
}

export interface PublishedMatch {
  method: "exact" | "cem" | "nearest";
  covariates: string[];
  /** Balance rows; no counts, so nothing to suppress. */
  balance: { covariate: string; smdBefore: number | null; smdAfter: number | null }[];
  overall: PublishedEffect;
  byGender: Partial<Record<Gender, PublishedEffect>>;
  caliperWidth: number | null;
  threshold: number;
}

function publishEffect(
  e: {
    estimate?: number;
    standardError?: number | null;
    standardErrorType?: StandardErrorType;
    standardErrors?: StandardErrors;
    ci?: [number, number] | null;
    nClusters?: number;
    nTreated: number;
    nControl: number;
    nMatchedTreated?: number;
    nMatchedControl?: number;
    warnings?: MatchingWarning[];
  },
  threshold: number,
  problem: string | null,
): PublishedEffect {
  const nMatchedTreated = publishCount(e.nMatchedTreated ?? 0, threshold);
  const nMatchedControl = publishCount(e.nMatchedControl ?? 0, threshold);
  // An average over fewer than `threshold` people could describe one of them.
  const hidden = problem !== null || nMatchedTreated.suppressed || nMatchedControl.suppressed;
  return {
    estimate: hidden ? null : (e.estimate ?? null),
    standardError: hidden ? null : (e.standardError ?? null),
    standardErrorType: e.standardErrorType ?? null,
    standardErrors: hidden ? null : (e.standardErrors ?? null),
    ci: hidden ? null : (e.ci ?? null),
    nClusters: hidden ? null : (e.nClusters ?? null),
    nTreated: publishCount(e.nTreated, threshold),
    nControl: publishCount(e.nControl, threshold),
    nMatchedTreated,
    nMatchedControl,
    problem: problem ?? (hidden ? "suppressed" : null),
    warnings: (e.warnings ?? []).map((w) => ({
      code: w.code,
      count: publishCount(w.count, threshold),
      total: publishCount(w.total, threshold),
    })),
  };
}

/** Runs the engine and publishes the result: no ids, counts suppressed. */
export function runMatch(
  units: MatchingUnit[],
  input: Pick<MatchInput, "method" | "covariates" | "cutpoints" | "caliper" | "threshold">,
):
  | { ok: true; result: PublishedMatch }
  | { ok: false; code: string; nTreated: PublishedCount; nControl: PublishedCount } {
  const cutpoints: Record<string, number[]> = {};
  if (input.method === "cem") {
    for (const [k, v] of Object.entries(input.cutpoints ?? {})) if (v?.length) cutpoints[k] = v;
  }
  const outcome = evaluateMatching({
    units,
    method: input.method,
    covariates: [...new Set(input.covariates)],
    ...(input.method === "cem" ? { cutpoints } : {}),
    ...(input.method === "nearest" && input.caliper ? { caliper: input.caliper } : {}),
    subgroupBy: "gender",
  });
  const nTreated = units.filter((u) => u.treated).length;
  if (!outcome.ok) {
    return {
      ok: false,
      code: outcome.error.code,
      nTreated: publishCount(nTreated, input.threshold),
      nControl: publishCount(units.length - nTreated, input.threshold),
    };
  }
  const r = outcome.result;
  const byGender: Partial<Record<Gender, PublishedEffect>> = {};
  for (const g of GENDERS) {
    const s = r.subgroups?.[g];
    if (!s) continue;
    byGender[g] = s.ok
      ? publishEffect(s, input.threshold, null)
      : publishEffect(s, input.threshold, s.error.code);
  }
  const overall = publishEffect(r, input.threshold, null);
  protectGenderSplits(
    overall,
    byGender,
    {
      nTreated: r.nTreated,
      nControl: r.nControl,
      nMatchedTreated: r.nMatchedTreated ?? 0,
      nMatchedControl: r.nMatchedControl ?? 0,
    },
    Object.fromEntries(
      GENDERS.map((g) => {
        const s = r.subgroups?.[g];
        return [
          g,
          {
            nTreated: s?.nTreated ?? 0,
            nControl: s?.nControl ?? 0,
            nMatchedTreated: s && "nMatchedTreated" in s ? s.nMatchedTreated : 0,
            nMatchedControl: s && "nMatchedControl" in s ? s.nMatchedControl : 0,
          },
        ];
      }),
    ) as Record<Gender, Record<CountField, number>>,
    input.threshold,
  );
  return {
    ok: true,
    result: {
      method: r.method,
      covariates: r.covariates,
      balance: r.balance,
      overall,
      byGender,
      caliperWidth: r.propensityModel?.caliperWidth ?? null,
      threshold: input.threshold,
    },
  };
}

type CountField = "nTreated" | "nControl" | "nMatchedTreated" | "nMatchedControl";

/**
 * Secondary suppression of the comparison's counts: each count's gender split
 * with the overall figure is one line (ADR 0011), so the overall minus the
 * shown genders never gives away a hidden one. An effect whose matched counts
 * end up hidden is hidden with them.
 */
function protectGenderSplits(
  overall: PublishedEffect,
  byGender: Partial<Record<Gender, PublishedEffect>>,
  totals: Record<CountField, number>,
  split: Record<Gender, Record<CountField, number>>,
  threshold: number,
): void {
  for (const field of ["nTreated", "nControl", "nMatchedTreated", "nMatchedControl"] as const) {
    const line = suppressSplit(
      GENDERS.map((g) => split[g][field]),
      totals[field],
      { threshold },
    );
    overall[field] = { value: line.total.value, suppressed: line.total.suppressed };
    GENDERS.forEach((g, i) => {
      const effect = byGender[g];
      if (effect)
        effect[field] = { value: line.cells[i]!.value, suppressed: line.cells[i]!.suppressed };
    });
  }
  for (const effect of [overall, ...Object.values(byGender)]) {
    if (!effect || effect.problem !== null) continue;
    if (effect.nMatchedTreated.suppressed || effect.nMatchedControl.suppressed) {
      Object.assign(effect, {
        estimate: null,
        standardError: null,
        standardErrors: null,
        ci: null,
        nClusters: null,
        problem: "suppressed",
      });
    }
  }
}

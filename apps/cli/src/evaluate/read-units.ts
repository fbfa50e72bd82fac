import type { CsvRecord, MatchingUnit } from "@opis/evaluation";

/** The column split by when `--subgroup` is not given and the file has it (as the console). */
export const DEFAULT_SUBGROUP = "gender";

export interface ColumnChoice {
  id: string;
  treatment: string;
  outcome: string;
  covariates: string[];
  /** Columns read as text whatever their values: codes such as education levels. */
  categorical?: string[];
  /**
   * The column to split the estimate by, carried on every unit whether matched
   * on or not. `undefined`: DEFAULT_SUBGROUP when the header has it; `null`: none.
   */
  subgroup?: string | null;
}

export type ReadUnits =
  | {
      ok: true;
      units: MatchingUnit[];
      /** The subgroup column actually used, or null. */
      subgroup: string | null;
      /** Covariate and subgroup columns read as text, in header order. */
      textColumns: string[];
    }
  | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/**
 * Turns CSV records (header first) into matching units. Each covariate (and
 * the subgroup column) is numeric when every value parses as a number and none
 * has a leading zero ("0880": a code, not 880), text otherwise or when listed
 * in `categorical`. The treatment is 0/1 or true/false; the outcome must be a
 * number and nothing used may be empty. Errors name the row (data row,
 * 1-based), its line in the file and the column.
 */
export function readUnits(records: readonly CsvRecord[], columns: ColumnChoice): ReadUnits {
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: ["the file is empty"] };
  const names = header.fields.map((f) => f.trim());
  const errors: string[] = [];
  const index = (name: string, option?: string): number => {
    const k = names.indexOf(name);
    if (k < 0) {
      errors.push(
        `column "${name}"${option ? ` (${option})` : ""} is not in the header (${names.join(", ")})`,
      );
    }
    return k;
  };
  const idCol = index(columns.id);
  const treatCol = index(columns.treatment);
  const outcomeCol = index(columns.outcome);
  const subgroup =
    columns.subgroup === undefined
      ? names.includes(DEFAULT_SUBGROUP)
        ? DEFAULT_SUBGROUP
        : null
      : columns.subgroup;
  // The subgroup column rides along as a covariate the engine is not asked to match on.
  const carried = [
    ...columns.covariates,
    ...(subgroup !== null && !columns.covariates.includes(subgroup) ? [subgroup] : []),
  ];
  const carriedCols = carried.map((name) =>
    index(name, name === subgroup && !columns.covariates.includes(name) ? "--subgroup" : undefined),
  );
  const categorical = new Set(columns.categorical ?? []);
  for (const name of categorical) {
    if (!carried.includes(name)) {
      errors.push(
        `column "${name}" (--categorical) is neither among --covariates nor the --subgroup column`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const where = (r: number, column: string) =>
    `row ${r + 1} (line ${rows[r]!.line}), column "${column}"`;
  for (const [r, row] of rows.entries()) {
    if (row.fields.length !== names.length) {
      errors.push(
        `row ${r + 1} (line ${row.line}): ${row.fields.length} fields, the header has ${names.length}`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  const value = (r: number, k: number) => rows[r]!.fields[k]!.trim();
  const numeric = carried.map(
    (name, c) =>
      !categorical.has(name) &&
      isNumericColumn(rows.map((_, r) => value(r, carriedCols[c]!)).filter((v) => v !== "")),
  );
  const units: MatchingUnit[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < rows.length && errors.length < MAX_ERRORS; r++) {
    const id = value(r, idCol);
    if (id === "") errors.push(`${where(r, columns.id)}: empty id`);
    else if (seen.has(id))
      errors.push(`${where(r, columns.id)}: id "${id}" already used in row ${seen.get(id)! + 1}`);
    seen.set(id, r);
    const treated = parseTreatment(value(r, treatCol));
    if (treated === null) {
      errors.push(
        `${where(r, columns.treatment)}: expected 0/1 or true/false, got "${value(r, treatCol)}"`,
      );
    }
    const outcome = parseNumber(value(r, outcomeCol));
    if (outcome === null)
      errors.push(`${where(r, columns.outcome)}: expected a number, got "${value(r, outcomeCol)}"`);
    const covariates: Record<string, number | string> = {};
    for (const [c, k] of carriedCols.entries()) {
      const name = carried[c]!;
      const raw = value(r, k);
      if (raw === "") {
        errors.push(
          name === subgroup && !columns.covariates.includes(name)
            ? `${where(r, name)}: empty (the per-${name} split needs a value in every row; ` +
                `choose another --subgroup or pass --no-subgroup)`
            : `${where(r, name)}: empty (missing values are not supported; drop or impute the row first)`,
        );
        continue;
      }
      covariates[name] = numeric[c] ? parseNumber(raw)! : raw;
    }
    if (treated !== null && outcome !== null) units.push({ id, treated, outcome, covariates });
  }
  if (errors.length > 0) return { ok: false, errors };
  const textColumns = names.filter((name) => {
    const c = carried.indexOf(name);
    return c >= 0 && !numeric[c];
  });
  return { ok: true, units, subgroup, textColumns };
}

/**
 * Whether a column's (non-empty) values are numbers: every one parses, and
 * none has a leading zero such as "0880" or "07" (codes; "0" and "0.5" are
 * numbers). A column without values is not numeric.
 */
export function isNumericColumn(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => parseNumber(v) !== null && !hasLeadingZero(v));
}

/** "0880", "-01", "007.5": a zero followed by another digit. Not "0", "0.5", "0e3". */
export function hasLeadingZero(text: string): boolean {
  return /^[+-]?0\d/.test(text);
}

/** A plain decimal number (dot as separator, optional exponent); "", "NaN" and "Infinity" are not numbers. */
export function parseNumber(text: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function parseTreatment(text: string): boolean | null {
  const t = text.toLowerCase();
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  return null;
}

import type { CsvRecord, MatchingUnit } from "@opis/evaluation";

export interface ColumnChoice {
  id: string;
  treatment: string;
  outcome: string;
  covariates: string[];
}

export type ReadUnits = { ok: true; units: MatchingUnit[] } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/**
 * Turns CSV records (header first) into matching units. A covariate column is
 * numeric when every non-empty value parses as a number, otherwise text. The
 * treatment is 0/1 or true/false; the outcome and numeric covariates must be
 * numbers and nothing may be empty. Errors name the row (data row, 1-based),
 * its line in the file and the column.
 */
export function readUnits(records: readonly CsvRecord[], columns: ColumnChoice): ReadUnits {
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: ["the file is empty"] };
  const names = header.fields.map((f) => f.trim());
  const errors: string[] = [];
  const index = (name: string): number => {
    const k = names.indexOf(name);
    if (k < 0) errors.push(`column "${name}" is not in the header (${names.join(", ")})`);
    return k;
  };
  const idCol = index(columns.id);
  const treatCol = index(columns.treatment);
  const outcomeCol = index(columns.outcome);
  const covariateCols = columns.covariates.map(index);
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
  const numeric = covariateCols.map((k) =>
    rows.every((_, r) => value(r, k) === "" || parseNumber(value(r, k)) !== null),
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
    for (const [c, k] of covariateCols.entries()) {
      const name = columns.covariates[c]!;
      const raw = value(r, k);
      if (raw === "") {
        errors.push(
          `${where(r, name)}: empty (missing values are not supported; drop or impute the row first)`,
        );
        continue;
      }
      covariates[name] = numeric[c] ? parseNumber(raw)! : raw;
    }
    if (treated !== null && outcome !== null) units.push({ id, treated, outcome, covariates });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, units };
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

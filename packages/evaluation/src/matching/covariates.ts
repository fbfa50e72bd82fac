import type { MatchingError, MatchingUnit } from "./schema";

/** How a covariate enters the analysis. Categorical levels are sorted by UTF-16 code units. */
export type CovariateSpec =
  | { name: string; kind: "numeric" }
  | { name: string; kind: "categorical"; levels: string[] };

/** Columns of numbers, one value per unit, with a name per column. */
export interface DesignMatrix {
  names: string[];
  columns: Float64Array[];
}

/**
 * Finds each covariate's kind: numeric when every unit has a finite number,
 * categorical when every unit has a string. Anything else is an input error
 * naming the first offending unit, since a silent guess would change the model.
 */
export function describeCovariates(
  units: readonly MatchingUnit[],
  names: readonly string[],
): { ok: true; specs: CovariateSpec[] } | { ok: false; error: MatchingError } {
  const specs: CovariateSpec[] = [];
  for (const name of names) {
    const first = units[0]?.covariates[name];
    const kind = typeof first === "string" ? "categorical" : "numeric";
    const levels = new Set<string>();
    for (const [row, unit] of units.entries()) {
      const value = unit.covariates[name];
      const fault =
        value === undefined
          ? "is missing"
          : kind === "numeric" && (typeof value !== "number" || !Number.isFinite(value))
            ? `is ${JSON.stringify(value)}, expected a finite number like the first unit's`
            : kind === "categorical" && typeof value !== "string"
              ? `is ${JSON.stringify(value)}, expected text like the first unit's`
              : null;
      if (fault) {
        return {
          ok: false,
          error: {
            code: "invalid-input",
            message: `unit ${row} (id ${unit.id}): covariate "${name}" ${fault}`,
          },
        };
      }
      if (kind === "categorical") levels.add(value as string);
    }
    specs.push(
      kind === "numeric"
        ? { name, kind }
        : { name, kind, levels: [...levels].sort(compareCodeUnits) },
    );
  }
  return { ok: true, specs };
}

/**
 * Dummy-codes the covariates. `dropFirstLevel` gives the propensity model's
 * coding (reference = first level, so the columns are not collinear with the
 * intercept); balance uses every level.
 */
export function buildDesign(
  units: readonly MatchingUnit[],
  specs: readonly CovariateSpec[],
  dropFirstLevel: boolean,
): DesignMatrix {
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const n = units.length;
  for (const spec of specs) {
    if (spec.kind === "numeric") {
      const column = new Float64Array(n);
      for (let i = 0; i < n; i++) column[i] = units[i]!.covariates[spec.name] as number;
      names.push(spec.name);
      columns.push(column);
      continue;
    }
    const levels = dropFirstLevel ? spec.levels.slice(1) : spec.levels;
    const index = new Map(levels.map((level, k) => [level, k]));
    const dummies = levels.map(() => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      const k = index.get(units[i]!.covariates[spec.name] as string);
      if (k !== undefined) dummies[k]![i] = 1;
    }
    for (const [k, level] of levels.entries()) {
      names.push(`${spec.name}=${level}`);
      columns.push(dummies[k]!);
    }
  }
  return { names, columns };
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An automated attacker for published statistics (issue 9, item 2).
 *
 * It knows only what a caller sees: the published cells of every report it may
 * request (a report = one population filter on one month end), and the sums the
 * tables state (a gender split adds up to its total, successes + failures make
 * the denominator, table rows and columns add up to their margins). From those
 * it derives every cell it can, alone and as differences of two reports whose
 * populations are nested (a municipality and the same municipality in one
 * enrolment quarter, consecutive month ends …), and reports each derived count
 * that lies in 1..threshold − 1, and each hidden group whose gender is given
 * away by zeros. The judge of the disclosure control, not a part of it.
 */

/** The population of a report: "*" is "all". */
export interface ReportScope {
  municipality: string;
  priorityGroup: string;
  cohort: string;
  asOf: string;
}

/** A published cell as the attacker reads it: a number, or hidden (and whether marked as small). */
export interface SeenCell {
  value: number | null;
  /** Marked "<threshold": known to lie in 1..threshold − 1. */
  small: boolean;
}

/** A sum the table states: the members add up to the total. */
export interface Line {
  members: string[];
  total: string;
  /** A split by gender: zeros beside one hidden member give that member's gender away. */
  byGender?: boolean;
}

interface Report {
  scope: ReportScope;
  cells: Map<string, SeenCell>;
  lines: Map<string, Line>;
}

export const scopeKey = (s: ReportScope) =>
  `${s.municipality}|${s.priorityGroup}|${s.cohort}|${s.asOf}`;

export function describeScope(s: ReportScope): string {
  const parts = [
    s.municipality === "*" ? "all municipalities" : `municipality ${s.municipality}`,
    s.priorityGroup === "*" ? null : `priority group ${s.priorityGroup}`,
    s.cohort === "*" ? null : `cohort ${s.cohort}`,
    `as of ${s.asOf}`,
  ];
  return parts.filter((p) => p !== null).join(", ");
}

/** Everything the attacker has collected, report by report. */
export class Attacker {
  private readonly reports = new Map<string, Report>();

  constructor(private readonly threshold: number) {}

  /**
   * Adds what one response published about one report. A cell seen shown in
   * any response is known: the attacker keeps the union.
   */
  see(scope: ReportScope, cells: Record<string, SeenCell>, lines: Line[] = []): void {
    const key = scopeKey(scope);
    let report = this.reports.get(key);
    if (!report) {
      report = { scope, cells: new Map(), lines: new Map() };
      this.reports.set(key, report);
    }
    for (const [name, cell] of Object.entries(cells)) {
      const known = report.cells.get(name);
      if (!known || (known.value === null && cell.value !== null) || (cell.small && !known.small))
        report.cells.set(name, {
          value: known?.value ?? cell.value,
          small: (known?.small ?? false) || cell.small,
        });
    }
    for (const line of lines) report.lines.set(`${line.members.join(",")}=${line.total}`, line);
  }

  get reportCount(): number {
    return this.reports.size;
  }

  /** Every disclosure found: within one report and between two nested or consecutive reports. */
  attack(): string[] {
    const found: string[] = [];
    const derived = new Map<string, Map<string, number>>();
    for (const [key, report] of this.reports) {
      const known = derive(report.cells, [...report.lines.values()]);
      derived.set(key, known);
      for (const [name, value] of known) {
        if (this.isSmall(value))
          found.push(`${describeScope(report.scope)}: ${name} = ${value} (derived)`);
      }
      for (const line of report.lines.values()) {
        const gender = genderGiveaway(line, report.cells, known);
        if (gender) found.push(`${describeScope(report.scope)}: ${gender}`);
      }
    }
    const byScope = [...this.reports.values()];
    const months = [...new Set(byScope.map((r) => r.scope.asOf))].sort();
    for (const small of byScope) {
      const smallKnown = derived.get(scopeKey(small.scope))!;
      for (const large of this.widerThan(small.scope, months)) {
        const largeKnown = derived.get(scopeKey(large.scope))!;
        const lines = [...large.lines.values()].filter((l) =>
          small.lines.has(`${l.members.join(",")}=${l.total}`),
        );
        const diff = new Map<string, SeenCell>();
        for (const [name, a] of largeKnown) {
          const b = smallKnown.get(name);
          diff.set(name, { value: b === undefined ? null : a - b, small: false });
        }
        for (const name of smallKnown.keys())
          if (!diff.has(name)) diff.set(name, { value: null, small: false });
        for (const [name, value] of derive(diff, lines)) {
          if (this.isSmall(Math.abs(value)))
            found.push(
              `${describeScope(large.scope)} − ${describeScope(small.scope)}: ${name} differs by ${value}`,
            );
        }
      }
    }
    return found;
  }

  /** The reports a caller may set beside `scope`: every wider population, and the month before. */
  private widerThan(scope: ReportScope, months: string[]): Report[] {
    const out: Report[] = [];
    const options = (v: string) => (v === "*" ? ["*"] : [v, "*"]);
    for (const municipality of options(scope.municipality))
      for (const priorityGroup of options(scope.priorityGroup))
        for (const cohort of options(scope.cohort)) {
          const wider = { municipality, priorityGroup, cohort, asOf: scope.asOf };
          if (scopeKey(wider) === scopeKey(scope)) continue;
          const report = this.reports.get(scopeKey(wider));
          if (report) out.push(report);
        }
    const previous = months[months.indexOf(scope.asOf) - 1];
    if (previous) {
      const report = this.reports.get(scopeKey({ ...scope, asOf: previous }));
      if (report) out.push(report);
    }
    return out;
  }

  private isSmall(value: number): boolean {
    return value >= 1 && value < this.threshold;
  }
}

/** Known values: those shown, and those that follow from a line with one unknown member. */
function derive(cells: ReadonlyMap<string, SeenCell>, lines: readonly Line[]): Map<string, number> {
  const known = new Map<string, number>();
  for (const [name, cell] of cells) if (cell.value !== null) known.set(name, cell.value);
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const unknown = [...line.members, line.total].filter((n) => !known.has(n));
      if (unknown.length !== 1) continue;
      const sum = line.members.reduce((s, n) => s + (known.get(n) ?? 0), 0);
      const missing = unknown[0]!;
      known.set(missing, missing === line.total ? sum : known.get(line.total)! - sum);
      changed = true;
    }
  }
  return known;
}

/**
 * Zeros that give a hidden group's gender away: one member of a gender split
 * hidden, the total hidden, the other members shown as 0, and the hidden group
 * known not to be empty (marked small): everyone in it has that gender.
 */
function genderGiveaway(
  line: Line,
  cells: ReadonlyMap<string, SeenCell>,
  known: ReadonlyMap<string, number>,
): string | null {
  if (!line.byGender || known.has(line.total)) return null;
  const hidden = line.members.filter((m) => !known.has(m));
  if (hidden.length !== 1) return null;
  const others = line.members.filter((m) => known.has(m));
  if (others.some((m) => known.get(m) !== 0)) return null;
  const nonEmpty = cells.get(hidden[0]!)?.small || cells.get(line.total)?.small;
  return nonEmpty ? `everyone in ${line.total} is ${hidden[0]} (the other genders show 0)` : null;
}

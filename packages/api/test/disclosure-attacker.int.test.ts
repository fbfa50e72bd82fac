import { GENDERS } from "@opis/domain";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createContext } from "../src/context";
import { createCallerFactory } from "../src/trpc";
import { Attacker, type Line, type ReportScope, type SeenCell } from "./disclosure-attacker";
import {
  createEvaluationFixture,
  type EvaluationFixture,
  evaluationRouter,
} from "./evaluation-support";

/**
 * The attacker of issue 9 against the real statistics procedures on seeded
 * demo data: every allowed request over the predefined dimensions (all or one
 * municipality, all or one priority group, all or one enrolment quarter) on
 * the last month ends, collected and attacked together.
 */
const THRESHOLD = 5;
const AS_OF = ["2025-12-31", "2026-01-31", "2026-02-28"];
const COHORTS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"];

let fx: EvaluationFixture;
beforeAll(async () => {
  fx = await createEvaluationFixture(80);
});
afterAll(async () => {
  await fx?.handle.close();
});

const createCaller = createCallerFactory(evaluationRouter);
const callerOn = (asOf: string) =>
  createCaller(
    createContext({
      db: fx.handle.db,
      user: fx.evaluator,
      now: () => new Date(`${asOf}T12:00:00+01:00`),
    }),
  );

function quarterBounds(cohort: string): { from: string; to: string } {
  const [year, q] = cohort.split("-Q");
  const first = (Number(q) - 1) * 3 + 1;
  const last = first + 2;
  const end = new Date(Date.UTC(Number(year), last, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(first).padStart(2, "0")}-01`, to: end };
}

/** The request as the procedures take it today: free enrolment dates, today as the as-of date. */
function filterOf(scope: ReportScope) {
  const bounds = scope.cohort === "*" ? null : quarterBounds(scope.cohort);
  return {
    ...(scope.municipality === "*" ? {} : { municipalityCode: scope.municipality }),
    ...(scope.priorityGroup === "*" ? {} : { priorityGroup: scope.priorityGroup }),
    ...(bounds ? { enrolledFrom: bounds.from, enrolledTo: bounds.to } : {}),
  };
}

type Cell = { value: number | null; reason?: string | null; suppressed?: boolean };
const seen = (c: Cell): SeenCell => ({ value: c.value, small: c.reason === "primary" });
const ALL = [...GENDERS, "*"] as const;

function genderLine(prefix: string): Line {
  return { members: GENDERS.map((g) => `${prefix}.${g}`), total: `${prefix}.*`, byGender: true };
}

/** Goal cells and their sums: per gender, successes + failures = denominator. */
function goalCells(
  goals: {
    goalId: string;
    numerator: Cell;
    denominator: Cell;
    byGender: Record<string, { numerator: Cell; denominator: Cell }>;
    pending?: Cell;
    missing?: Cell;
  }[],
  enrolmentGoals: Set<string>,
) {
  const cells: Record<string, SeenCell> = {};
  const lines: Line[] = [];
  for (const goal of goals) {
    if (enrolmentGoals.has(goal.goalId)) {
      cells["enrolled.*"] = seen(goal.numerator);
      for (const g of GENDERS) cells[`enrolled.${g}`] = seen(goal.byGender[g]!.numerator);
      lines.push(genderLine("enrolled"));
      continue;
    }
    const id = `goal.${goal.goalId}`;
    cells[`${id}.success.*`] = seen(goal.numerator);
    cells[`${id}.measured.*`] = seen(goal.denominator);
    for (const g of GENDERS) {
      cells[`${id}.success.${g}`] = seen(goal.byGender[g]!.numerator);
      cells[`${id}.measured.${g}`] = seen(goal.byGender[g]!.denominator);
    }
    if (goal.pending) cells[`${id}.pending.*`] = seen(goal.pending);
    if (goal.missing) cells[`${id}.missing.*`] = seen(goal.missing);
    for (const m of ["success", "failure", "measured"]) lines.push(genderLine(`${id}.${m}`));
    for (const g of ALL)
      lines.push({
        members: [`${id}.success.${g}`, `${id}.failure.${g}`],
        total: `${id}.measured.${g}`,
      });
  }
  return { cells, lines };
}

interface Table {
  rowKeys: string[];
  columnKeys: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

/** A flows table's cells named by row and group; totals named "*". */
function tableCells(
  name: string,
  t: Table,
  rowName: (row: string) => string = (r) => `${name}.${r}`,
) {
  const cells: Record<string, SeenCell> = {};
  const lines: Line[] = [];
  const group = (c: string) => (c === "all" ? "*" : c);
  const total = name === "intake" ? "assessed" : "enrolled";
  t.rowKeys.forEach((row, i) => {
    t.columnKeys.forEach((col, j) => {
      cells[`${rowName(row)}.${group(col)}`] = seen(t.cells[i]![j]!);
    });
    cells[`${rowName(row)}.*`] = seen(t.rowTotals[i]!);
    lines.push({
      members: t.columnKeys.map((c) => `${rowName(row)}.${group(c)}`),
      total: `${rowName(row)}.*`,
      byGender: t.columnKeys.join() === GENDERS.join(),
    });
  });
  t.columnKeys.forEach((col, j) => {
    cells[`${total}.${group(col)}`] = seen(t.columnTotals[j]!);
    lines.push({
      members: t.rowKeys.map((r) => `${rowName(r)}.${group(col)}`),
      total: `${total}.${group(col)}`,
    });
  });
  cells[`${total}.*`] = seen(t.grandTotal);
  lines.push({ members: t.rowKeys.map((r) => `${rowName(r)}.*`), total: `${total}.*` });
  return { cells, lines };
}

/** Every allowed request, each answered by the real procedures and shown to the attacker. */
async function collect(attacker: Attacker, municipalities: string[], priorityGroups: string[]) {
  const enrolmentGoals = new Set<string>();
  for (const asOf of AS_OF) {
    const api = callerOn(asOf);
    for (const municipality of ["*", ...municipalities])
      for (const priorityGroup of ["*", ...priorityGroups])
        for (const cohort of ["*", ...COHORTS]) {
          const scope = { municipality, priorityGroup, cohort, asOf };
          const filter = filterOf(scope);
          const dashboard = await api.statistics.dashboard({ projectId: "opis", filter });
          for (const g of dashboard.goals)
            if (g.kind === "enrolmentCount") enrolmentGoals.add(g.goalId);
          const goals = goalCells(dashboard.goals, enrolmentGoals);
          attacker.see({ ...scope, asOf: dashboard.asOf }, goals.cells, goals.lines);
          for (const point of dashboard.trend) {
            const trend = goalCells(point.goals, enrolmentGoals);
            attacker.see({ ...scope, asOf: point.asOf }, trend.cells, trend.lines);
          }
          const flows = await api.statistics.flows({
            projectId: "opis",
            filter,
            dimension: "gender",
          });
          for (const [name, table] of [
            ["intake", flows.intake],
            ["exits", flows.exits],
            ["outcomes", flows.outcomes],
          ] as const) {
            const t = tableCells(name, table, (row) =>
              row === "enrolled" ? "enrolled" : row === "active" ? "active" : `${name}.${row}`,
            );
            attacker.see({ ...scope, asOf: flows.asOf }, t.cells, t.lines);
          }
        }
  }
}

describe("the attacker finds no count in 1..4 among the published statistics", () => {
  test("the attacker finds what it should: a hand-made leak", () => {
    const attacker = new Attacker(THRESHOLD);
    const scope = { municipality: "*", priorityGroup: "*", cohort: "*", asOf: "2026-01-31" };
    const cell = (value: number | null) => ({ value, small: false });
    attacker.see(scope, { "enrolled.*": cell(20) }, []);
    attacker.see({ ...scope, cohort: "2025-Q3" }, { "enrolled.*": cell(17) }, []);
    attacker.see(
      { ...scope, municipality: "0880" },
      {
        "enrolled.woman": cell(0),
        "enrolled.man": cell(0),
        "enrolled.nonBinary": { value: null, small: true },
        "enrolled.*": cell(null),
      },
      [genderLine("enrolled")],
    );
    const found = attacker.attack();
    expect(found.some((f) => f.includes("differs by 3"))).toBe(true);
    expect(found.some((f) => f.includes("is enrolled.nonBinary"))).toBe(true);
  });

  test("seeded demo data: every pair of nested requests and consecutive month ends", async () => {
    const project = await callerOn(AS_OF[0]!).statistics.filterOptions({ projectId: "opis" });
    const attacker = new Attacker(THRESHOLD);
    await collect(
      attacker,
      project.municipalities,
      project.priorityGroups.map((g) => g.id),
    );
    expect(attacker.reportCount).toBeGreaterThan(100);
    const found = attacker.attack();
    // A sample of each kind, so a failure shows differences as well as single reports.
    const differences = found.filter((f) => f.includes(" differs by "));
    const overTime = (f: string) =>
      (f.match(/as of (\S+?)[:,\s]/g) ?? []).length > 1 &&
      new Set(f.match(/as of \S+?(?=[:\s])/g)).size > 1;
    differences.sort((a, b) => Number(overTime(a)) - Number(overTime(b)));
    const sample = [
      ...found.filter((f) => !f.includes(" differs by ")).slice(0, 5),
      ...differences.slice(0, 10),
    ];
    expect(sample, `${found.length} disclosures, ${differences.length} by differencing`).toEqual(
      [],
    );
  }, 600_000);
});

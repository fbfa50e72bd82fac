import { computeGoalAttainment, GENDERS, OPIS_PROJECT } from "@opis/domain";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createContext } from "../src/context";
import {
  computeDashboard,
  computeFlows,
  type FlowDimension,
  loadEvaluationRecords,
  loadPublication,
} from "../src/operations/evaluation";
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
const TODAY = "2026-03-16";
const AS_OF = ["2025-12-31", "2026-01-31", "2026-02-28"];
const project = OPIS_PROJECT;
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

/** The request as the procedures take it: predefined dimensions and a month end. */
function filterOf(scope: ReportScope) {
  return {
    ...(scope.municipality === "*" ? {} : { municipalityCode: scope.municipality }),
    ...(scope.priorityGroup === "*" ? {} : { priorityGroup: scope.priorityGroup }),
    ...(scope.cohort === "*" ? {} : { cohort: scope.cohort }),
  };
}

type Cell = { value: number | null; reason?: string | null; suppressed?: boolean };
const seen = (c: Cell): SeenCell => ({ value: c.value, small: c.reason === "primary" });
const ALL = [...GENDERS, "*"] as const;
const FLOW_DIMENSIONS = ["gender", "disability", "ageBand", "bornOutsideEurope", "lowEducation"];

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

/** A published table's cells under the attacker's names, with its row, column and margin sums. */
function tableCells(
  t: Table,
  name: {
    cell: (row: number, column: number) => string;
    row: (row: number) => string;
    column: (column: number) => string;
    grand: string;
  },
) {
  const cells: Record<string, SeenCell> = {};
  const lines: Line[] = [];
  const byGender = t.columnKeys.join() === GENDERS.join();
  const rows = t.rowKeys.map((_, i) => i);
  const columns = t.columnKeys.map((_, j) => j);
  for (const i of rows) {
    for (const j of columns) cells[name.cell(i, j)] = seen(t.cells[i]![j]!);
    cells[name.row(i)] = seen(t.rowTotals[i]!);
    lines.push({ members: columns.map((j) => name.cell(i, j)), total: name.row(i), byGender });
  }
  for (const j of columns) {
    cells[name.column(j)] = seen(t.columnTotals[j]!);
    lines.push({ members: rows.map((i) => name.cell(i, j)), total: name.column(j) });
  }
  cells[name.grand] = seen(t.grandTotal);
  lines.push({ members: rows.map((i) => name.row(i)), total: name.grand });
  lines.push({ members: columns.map((j) => name.column(j)), total: name.grand, byGender });
  return { cells, lines };
}

/** A category × gender table: the categories' measures, the margin's measure. */
function categoryTable(t: Table, measure: (row: string) => string, total: string) {
  return tableCells(t, {
    cell: (i, j) => `${measure(t.rowKeys[i]!)}.${t.columnKeys[j]}`,
    row: (i) => `${measure(t.rowKeys[i]!)}.*`,
    column: (j) => `${total}.${t.columnKeys[j]}`,
    grand: `${total}.*`,
  });
}

const STAGE_MEASURES: Record<string, string> = {
  completed: "exit.completed",
  workOrStudies: "outcome.workOrStudies",
};

/** A stage as obstacle value × gender: the same measure, split. */
function stageTable(t: Table, stage: string, dimension: string) {
  const measure = STAGE_MEASURES[stage] ?? stage;
  const split = (i: number) => (dimension === "gender" ? "" : `.${dimension}=${t.rowKeys[i]}`);
  return tableCells(t, {
    cell: (i, j) => `${measure}.${t.columnKeys[j]}${split(i)}`,
    row: (i) => `${measure}.*${split(i)}`,
    column: (j) => `${measure}.${t.columnKeys[j]}`,
    grand: `${measure}.*`,
  });
}

interface FlowsResponse {
  asOf: string;
  stages: { stage: string; table: Table }[];
  intake: Table;
  exits: Table;
  statusAtExit: Table;
  outcomes: Table;
}

function seeFlows(attacker: Attacker, scope: ReportScope, flows: FlowsResponse, dimension: string) {
  const at = { ...scope, asOf: flows.asOf };
  const tables = [
    categoryTable(flows.intake, (r) => r, "assessed"),
    categoryTable(flows.exits, (r) => (r === "active" ? r : `exit.${r}`), "enrolled"),
    categoryTable(flows.statusAtExit, (r) => `status.${r}`, "exited"),
    categoryTable(flows.outcomes, (r) => (r === "active" ? r : `outcome.${r}`), "enrolled"),
    ...flows.stages.map((s) => stageTable(s.table, s.stage, dimension)),
  ];
  for (const t of tables) attacker.see(at, t.cells, t.lines);
}

/** Every allowed request, each answered by the real procedures and shown to the attacker. */
async function collect(attacker: Attacker, on: EvaluationFixture = fx) {
  const municipalities = [...project.municipalities];
  const priorityGroups = project.priorityGroups.map((g) => g.id);
  const enrolmentGoals = new Set<string>();
  const started = performance.now();
  const { publication } = await loadPublication(on.handle.db, {
    project,
    today: TODAY,
    threshold: THRESHOLD,
  });
  console.log(
    `publication loaded, built and protected in ${Math.round(performance.now() - started)} ms`,
  );
  for (const asOf of AS_OF) {
    for (const municipality of ["*", ...municipalities])
      for (const priorityGroup of ["*", ...priorityGroups])
        for (const cohort of ["*", ...COHORTS]) {
          const scope = { municipality, priorityGroup, cohort, asOf };
          const filter = filterOf(scope);
          const dashboard = computeDashboard({
            project,
            publication,
            filter,
            asOf,
            threshold: THRESHOLD,
          });
          for (const g of dashboard.goals)
            if (g.kind === "enrolmentCount") enrolmentGoals.add(g.goalId);
          const goals = goalCells(dashboard.goals, enrolmentGoals);
          attacker.see({ ...scope, asOf: dashboard.asOf }, goals.cells, goals.lines);
          for (const point of dashboard.trend) {
            const trend = goalCells(point.goals, enrolmentGoals);
            attacker.see({ ...scope, asOf: point.asOf }, trend.cells, trend.lines);
          }
          for (const dimension of cohort === "*" ? FLOW_DIMENSIONS : ["gender"]) {
            const flows = computeFlows({
              project,
              publication,
              filter,
              asOf,
              dimension: dimension as FlowDimension,
              threshold: THRESHOLD,
            });
            seeFlows(attacker, scope, flows, dimension);
          }
        }
  }
  return { publication };
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
    const attacker = new Attacker(THRESHOLD);
    const { publication } = await collect(attacker);
    console.log(publication.summary());
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

test("generated data of 2,000 participants: the attacker finds nothing", async () => {
  const large = await createEvaluationFixture(2000);
  try {
    const attacker = new Attacker(THRESHOLD);
    const { publication } = await collect(attacker, large);
    console.log(publication.summary());
    const found = attacker.attack();
    expect(found.slice(0, 10), `${found.length} disclosures`).toEqual([]);
    // The whole project's enrolment on the latest month end is published.
    const d = computeDashboard({ project, publication, filter: {}, threshold: THRESHOLD });
    expect(d.goals[0]!.numerator.value).toBeGreaterThan(1000);
  } finally {
    await large.handle.close();
  }
}, 900_000);

describe("the publication publishes the goal engine's figures", () => {
  test("shown cells equal the engine's counts; the whole project's enrolment is shown", async () => {
    const { publication } = await loadPublication(fx.handle.db, {
      project,
      today: TODAY,
      threshold: THRESHOLD,
    });
    const records = await loadEvaluationRecords(fx.handle.db, { project });
    const asOf = "2026-02-28";
    let compared = 0;
    for (const municipalityCode of [undefined, ...project.municipalities]) {
      const filter = municipalityCode ? { municipalityCode } : {};
      const dashboard = computeDashboard({ project, publication, filter, asOf, threshold: 5 });
      const own = records.filter(
        (r) => !municipalityCode || r.municipalityCode === municipalityCode,
      );
      const engine = computeGoalAttainment(project, own, asOf);
      for (const goal of dashboard.goals) {
        const expected = engine.goals.find((g) => g.goalId === goal.goalId)!;
        if (goal.numerator.value !== null) {
          expect(goal.numerator.value).toBe(expected.numerator);
          compared += 1;
        }
        if (goal.kind !== "enrolmentCount" && goal.denominator.value !== null) {
          expect(goal.denominator.value).toBe(expected.denominator);
          compared += 1;
        }
        for (const g of GENDERS) {
          const cell = goal.byGender[g].numerator;
          if (cell.value !== null) expect(cell.value).toBe(expected.splits.gender[g].numerator);
        }
      }
      if (!municipalityCode) {
        const enrolled = dashboard.goals.find((g) => g.kind === "enrolmentCount")!;
        expect(enrolled.numerator.value).toBe(own.filter((r) => r.enrolledOn <= asOf).length);
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  test("the procedures answer from the same publication", async () => {
    const { publication } = await loadPublication(fx.handle.db, {
      project,
      today: TODAY,
      threshold: THRESHOLD,
    });
    const filter = { municipalityCode: "0880", cohort: "2025-Q3" };
    const asOf = "2026-01-31";
    const api = callerOn(TODAY);
    const viaApi = await api.statistics.dashboard({ projectId: "opis", filter, asOf });
    const direct = computeDashboard({ project, publication, filter, asOf, threshold: THRESHOLD });
    expect(viaApi.goals).toEqual(direct.goals);
    expect(viaApi.trend).toEqual(direct.trend);
    const flows = await api.statistics.flows({ projectId: "opis", asOf, dimension: "disability" });
    expect(flows).toEqual(
      computeFlows({
        project,
        publication,
        filter: {},
        asOf,
        dimension: "disability",
        threshold: THRESHOLD,
      }),
    );
  });
});

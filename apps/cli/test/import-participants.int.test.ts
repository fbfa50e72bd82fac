/**
 * Issue 13 item 1: a generated file of 2,000 historical participations over two
 * years goes in through `opis import participants`. Broken, it is refused with
 * every error listed (row and column) and nothing written; fixed, it is
 * imported (XLSX); the goals, flows and ESF+ figures the console shows equal
 * values computed here from the file alone; importing it again (CSV) changes
 * nothing; an import is undone as a whole, and refused while something has
 * been added since. PGlite, or PostgreSQL when DATABASE_URL is set.
 */
import { mkdtempSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReport } from "@opis/api/reports";
import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import {
  DEMO_USERS,
  demoUserRows,
  type HistoricalRow,
  historicalCsv,
  historicalRows,
} from "@opis/demo";
import {
  addDays,
  ageOn,
  EXIT_REASONS,
  EXIT_STATUSES,
  FOLLOW_UP_OUTCOMES,
  OPIS_PROJECT,
  OPIS_WORK_OR_STUDIES,
  PARTICIPATION_IMPORT_COLUMNS,
  type ProjectDefinition,
} from "@opis/domain";
import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createExportCommand } from "../src/commands/export";
import { createImportCommand } from "../src/commands/import";

const project = OPIS_PROJECT as ProjectDefinition;
const TODAY = "2026-12-31";
const MIDWAY = "2025-12-31";
/** The reports' today: the publication holds the month ends before it, TODAY (a month end) included. */
const REPORT_DAY = "2027-01-01";
const THRESHOLD = 5;
const officerEmails = DEMO_USERS.filter((u) => u.role === "officer").map((u) => u.email as string);

let handle: DatabaseHandle;
const dir = mkdtempSync(join(tmpdir(), "opis-import-"));
const open = async () => ({ ...handle, close: async () => {} });
const importCommand = createImportCommand(open, () => TODAY);

const rows: HistoricalRow[] = [
  ...historicalRows({
    count: 2_000,
    seed: "issue-13-import",
    from: "2025-01-02",
    to: "2026-12-20",
    today: TODAY,
    municipalities: project.municipalities,
    officerEmails,
    exitStatuses: EXIT_STATUSES,
    followUpOutcomes: FOLLOW_UP_OUTCOMES,
  }),
];

async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    return { code: await importCommand.run(args), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function writeXlsx(path: string, data: readonly HistoricalRow[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Deltaganden");
  sheet.addRow([...PARTICIPATION_IMPORT_COLUMNS]);
  for (const row of data) sheet.addRow(PARTICIPATION_IMPORT_COLUMNS.map((c) => row[c]));
  workbook.addWorksheet("Koder").addRow(["column", "code"]);
  await workbook.xlsx.writeFile(path);
}

const tableCount = async (table: typeof schema.enrolments | typeof schema.people) =>
  (await handle.db.select({ n: count() }).from(table))[0]?.n ?? 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(schema.users).values(demoUserRows());
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Figures computed from the file alone (no @opis/api, no goal engine).

const exited = (r: HistoricalRow, asOf: string) => r.exitDate !== "" && r.exitDate <= asOf;
const enrolled = (asOf: string) => rows.filter((r) => r.startDate <= asOf);
const WORK_OR_STUDIES = new Set<string>(OPIS_WORK_OR_STUDIES);

/** The 90-day follow-up of a completer on asOf: window 14 days before to 30 after the due date. */
function followUpClass(
  r: HistoricalRow,
  asOf: string,
): "success" | "failure" | "pending" | "missing" {
  const due = addDays(r.exitDate, 90);
  const closes = addDays(due, 30);
  const recorded = r.outcome90Date !== "" && r.outcome90Date <= asOf;
  const inWindow = recorded && r.outcome90Date >= addDays(due, -14) && r.outcome90Date <= closes;
  if (!inWindow) return asOf <= closes ? "pending" : "missing";
  if (r.outcome90 === "unknown") return "missing";
  return WORK_OR_STUDIES.has(r.outcome90) ? "success" : "failure";
}

function esfExpected(asOf: string): Record<string, number> {
  const people = enrolled(asOf);
  const age = (r: HistoricalRow) =>
    ageOn(
      `${r.personalIdentityNumber.slice(0, 4)}-${r.personalIdentityNumber.slice(4, 6)}-${r.personalIdentityNumber.slice(6, 8)}`,
      r.startDate,
    );
  const result = (r: HistoricalRow) =>
    !exited(r, asOf)
      ? null
      : ((
          {
            employed: "employment",
            ownBusiness: "employment",
            studies: "education",
            apprenticeship: "education",
            jobSeeking: "jobSearching",
          } as Record<string, string>
        )[r.exitStatus] ?? "none");
  const n = (f: (r: HistoricalRow) => boolean) => people.filter(f).length;
  const known = (r: HistoricalRow) => r.birthRegion !== "" && r.birthRegion !== "unknown";
  return {
    total: people.length,
    unemployed: people.length,
    longTermUnemployed: n((r) => Number(r.monthsRegisteredAtAf) > (age(r) < 25 ? 6 : 12)),
    under30: n((r) => age(r) < 30),
    age55plus: n((r) => age(r) >= 55),
    isced0to2: n((r) => ["1", "2"].includes(r.educationLevel)),
    isced3to4: n((r) => ["3", "4"].includes(r.educationLevel)),
    isced5to8: n((r) => ["5", "6", "7"].includes(r.educationLevel)),
    disability: n((r) => r.disability === "yes"),
    thirdCountry: n((r) => r.birthRegion === "outsideEurope"),
    foreignBackground: n((r) => known(r) && r.birthRegion !== "sweden"),
    resultJobSearching: n((r) => result(r) === "jobSearching"),
    resultEducation: n((r) => result(r) === "education"),
    resultEmployment: n((r) => result(r) === "employment"),
    resultQualification: 0,
    // The target group is registered unemployed: never inactive or employed at entry.
    inactive: 0,
    employed: 0,
  };
}

type Cell = { value: number | null };
/** How many compared figures were shown and how many hidden (the publication's disclosure control). */
const compared = { shown: 0, hidden: 0 };
/** A published count equals the expected one, or it is hidden (then the expected one is small or linked). */
function expectPublished(cell: Cell, expected: number, label: string) {
  if (cell.value === null) {
    compared.hidden += 1;
    return;
  }
  compared.shown += 1;
  expect(cell.value, label).toBe(expected);
}

async function checkFiguresAgainstFile() {
  for (const asOf of [MIDWAY, TODAY]) {
    // Goals: enrolment, completion, work or studies 90 days after (completers).
    const goals = await runReport(handle.db, {
      kind: "goals",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf,
      threshold: THRESHOLD,
      actor: "test",
    });
    if (goals.report !== "goals") throw new Error("goals report expected");
    const goal = (id: string) => {
      const g = goals.goals.find((x) => x.goalId === id);
      if (!g) throw new Error(`no goal ${id}`);
      return g;
    };
    const people = enrolled(asOf);
    expectPublished(goal("enrolment").numerator, people.length, `enrolled ${asOf}`);
    for (const gender of ["woman", "man"] as const) {
      expectPublished(
        goal("enrolment").byGender[gender].numerator,
        people.filter((r) => r.gender === gender).length,
        `enrolled ${gender} ${asOf}`,
      );
    }
    const exits = people.filter((r) => exited(r, asOf));
    const completers = exits.filter((r) => r.exitReason === "completed");
    expectPublished(goal("completion").numerator, completers.length, `completed ${asOf}`);
    expectPublished(goal("completion").denominator, exits.length, `exited ${asOf}`);
    const classes = completers.map((r) => followUpClass(r, asOf));
    const of = (c: string) => classes.filter((x) => x === c).length;
    const followUp = goal("workOrStudies90Days");
    expectPublished(followUp.numerator, of("success"), `in work or studies ${asOf}`);
    expectPublished(followUp.denominator, of("success") + of("failure"), `measured ${asOf}`);
    expectPublished(
      followUp.pending,
      of("pending") + people.length - exits.length,
      `pending ${asOf}`,
    );
    expectPublished(followUp.missing, of("missing"), `missing ${asOf}`);

    // Flows by gender: active, completed and every dropout reason.
    const flows = await runReport(handle.db, {
      kind: "flows",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf,
      threshold: THRESHOLD,
      by: "gender",
      actor: "test",
    });
    if (flows.report !== "flows") throw new Error("flows report expected");
    const exitTable = flows.flows.exits;
    for (const [i, key] of exitTable.rowKeys.entries()) {
      for (const [j, gender] of exitTable.columnKeys.entries()) {
        const expected = people.filter(
          (r) =>
            r.gender === gender &&
            (key === "active" ? !exited(r, asOf) : exited(r, asOf) && r.exitReason === key),
        ).length;
        expectPublished(exitTable.cells[i]![j]!, expected, `flows ${key} ${gender} ${asOf}`);
      }
    }
    expect(exitTable.rowKeys).toEqual(["active", ...EXIT_REASONS]);

    // Flows by disability: unknown is a column of its own, never counted as "no".
    const byDisability = await runReport(handle.db, {
      kind: "flows",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf,
      threshold: THRESHOLD,
      by: "disability",
      actor: "test",
    });
    if (byDisability.report !== "flows") throw new Error("flows report expected");
    const enrolledStage = byDisability.flows.stages.find((x) => x.stage === "enrolled")?.table;
    if (!enrolledStage) throw new Error("the flows have an enrolled stage");
    expect(enrolledStage.rowKeys).toEqual(["yes", "no", "unknown"]);
    const disabilityOf = (r: HistoricalRow) => (r.disability === "" ? "unknown" : r.disability);
    enrolledStage.rowKeys.forEach((group, i) => {
      expectPublished(
        enrolledStage.rowTotals[i]!,
        people.filter((r) => disabilityOf(r) === group).length,
        `disability ${group} ${asOf}`,
      );
    });

    // ESF+ common indicators, total over genders.
    const esf = await runReport(handle.db, {
      kind: "esf",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf,
      threshold: THRESHOLD,
      actor: "test",
    });
    if (esf.report !== "esf") throw new Error("esf report expected");
    const expected = esfExpected(asOf);
    for (const row of esf.rows) {
      expect(expected[row.code], `indicator ${row.code} is computed here`).toBeDefined();
      expectPublished(row.total, expected[row.code] as number, `esf ${row.code} ${asOf}`);
    }
  }
}

// ---------------------------------------------------------------------------

describe("opis import participants", () => {
  const broken: [index: number, column: string, change: Partial<HistoricalRow>][] = [];
  const withExitAndOutcome = rows
    .map((r, i) => [r, i] as const)
    .filter(([r]) => r.outcome90 !== "");
  const withExit = rows.map((r, i) => [r, i] as const).filter(([r]) => r.exitDate !== "");
  broken.push([
    10,
    "personalIdentityNumber",
    {
      personalIdentityNumber: `${rows[10]!.personalIdentityNumber.slice(0, 11)}${(Number(rows[10]!.personalIdentityNumber.slice(11)) + 1) % 10}`,
    },
  ]);
  broken.push([200, "startDate", { startDate: "2024-12-01" }]);
  broken.push([
    withExit[30]![1],
    "exitDate",
    { exitDate: addDays(withExit[30]![0].startDate, -1) },
  ]);
  broken.push([
    withExitAndOutcome[50]![1],
    "outcome90",
    { exitDate: "", exitReason: "", exitStatus: "" },
  ]);
  broken.push([withExit[300]![1], "exitStatus", { exitStatus: "retired" }]);
  broken.push([1000, "site", { site: "0180" }]);
  broken.push([1200, "disability", { disability: "maybe" }]);
  broken.push([1400, "officerEmail", { officerEmail: "nobody@example.af.se" }]);
  broken.push([1600, "municipalityCode", { municipalityCode: "0180", site: "" }]);
  // The same participation twice: a duplicate of the row before.
  broken.push([1800, "startDate", { ...rows[1799]! }]);

  test("a broken file is refused with every error by row and column, and nothing is written", async () => {
    const copy = rows.map((r) => ({ ...r }));
    for (const [index, , change] of broken) Object.assign(copy[index]!, change);
    const file = join(dir, "broken.csv");
    await writeFile(file, historicalCsv(copy));
    const { code, err } = await cli(["participants", "--project", project.id, "--file", file]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^Refused: \d+ problem/);
    const listed = err
      .slice(1)
      .map((line) => /^row (\d+), column (\w+):/.exec(line)?.slice(1, 3).join(":"));
    const expected = broken.map(([index, column]) => `${index + 2}:${column}`).sort();
    // A broken cell may make a dependent one wrong too (an exit before the start also fails the outcome): each broken row is listed, and nothing else.
    expect([...new Set(listed.map((l) => l?.split(":")[0]))].sort()).toEqual(
      [...new Set(expected.map((e) => e.split(":")[0]))].sort(),
    );
    for (const e of expected) expect(listed, err.join("\n")).toContain(e);
    expect(err.slice(1).every((line) => /\(validation\.[\w.]+\)$/.test(line))).toBe(true);
    expect(await tableCount(schema.enrolments)).toBe(0);
    expect(await tableCount(schema.people)).toBe(0);
    expect((await handle.db.select().from(schema.participantImports)).length).toBe(0);
  });

  test("a dry run of the fixed file counts what it would add and writes nothing", async () => {
    const file = join(dir, "fixed.csv");
    await writeFile(file, historicalCsv(rows));
    const { code, out } = await cli([
      "participants",
      "--project",
      project.id,
      "--file",
      file,
      "--dry-run",
    ]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Would add 2000 participation/);
    expect(await tableCount(schema.enrolments)).toBe(0);
  });

  test("the fixed file (XLSX) is imported; goals, flows and ESF+ equal the file's own figures", async () => {
    const file = join(dir, "fixed.xlsx");
    await writeXlsx(file, rows);
    const { code, out, err } = await cli(["participants", "--project", project.id, "--file", file]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const exits = rows.filter((r) => r.exitDate !== "").length;
    const outcomes = rows.filter((r) => r.outcome90 !== "").length;
    expect(out[0]).toBe(
      `Added 2000 participation(s) (${exits} exits, ${outcomes} outcomes); 0 already there, skipped. 2000 rows, sha256 ${out[0]?.split("sha256 ")[1]}`,
    );
    expect(await tableCount(schema.enrolments)).toBe(2_000);
    const audit = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "import.participants"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.personIds).toHaveLength(2_000);
    await checkFiguresAgainstFile();
    // The file is large enough that disclosure control hides only a few figures.
    expect(compared.shown).toBeGreaterThan(4 * compared.hidden);
  }, 120_000);

  test("importing the same rows again (as CSV) changes nothing", async () => {
    const before = await runReport(handle.db, {
      kind: "esf",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf: TODAY,
      threshold: THRESHOLD,
      actor: "test",
    });
    const { code, out } = await cli([
      "participants",
      "--project",
      project.id,
      "--file",
      join(dir, "fixed.csv"),
    ]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(
      /^Added 0 participation\(s\) \(0 exits, 0 outcomes\); 2000 already there, skipped/,
    );
    expect(await tableCount(schema.enrolments)).toBe(2_000);
    const after = await runReport(handle.db, {
      kind: "esf",
      project: { definition: project, version: null },
      today: REPORT_DAY,
      asOf: TODAY,
      threshold: THRESHOLD,
      actor: "test",
    });
    expect(after).toEqual(before);
    await checkFiguresAgainstFile();
  }, 120_000);

  test("`opis export` writes the participant file and the whole project from the imported data", async () => {
    const exporter = createExportCommand(open, () => TODAY);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const csvFile = join(dir, "deltagarfil.csv");
      expect(
        await exporter.run([
          "participant-file",
          "--project",
          project.id,
          "--month",
          "2026-12",
          "--out",
          csvFile,
        ]),
      ).toBe(0);
      const lines = (await readFile(csvFile, "utf8")).trimEnd().split("\r\n");
      expect(lines).toHaveLength(2_001);
      const header = lines[0]!.replace(/^\uFEFF/, "").split(";");
      const total = header.indexOf("entry_disability");
      const disabled = lines.slice(1).filter((l) => l.split(";")[total] === "1").length;
      expect(disabled).toBe(rows.filter((r) => r.disability === "yes").length);
      const zipFile = join(dir, "projekt.zip");
      expect(
        await exporter.run([
          "project",
          "--project",
          project.id,
          "--format",
          "zip",
          "--out",
          zipFile,
        ]),
      ).toBe(0);
      expect((await readFile(zipFile)).subarray(0, 2).toString()).toBe("PK");
    } finally {
      log.mockRestore();
    }
  }, 120_000);

  test("an import is undone as a whole, but not once something was added to its participants", async () => {
    const listed = await cli(["list", "--project", project.id]);
    expect(listed.out).toHaveLength(2);
    const first = listed.out[1]?.split(" ")[0] as string; // newest first: the re-import, then the import
    expect(listed.out[1]).toMatch(/added 2000, skipped 0 {2}in force$/);

    const [someone] = await handle.db.select().from(schema.enrolments).limit(1);
    const officer = DEMO_USERS.find((u) => u.role === "officer")!;
    const [officerRow] = await handle.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.subject, officer.subject));
    const [note] = await handle.db
      .insert(schema.caseNotes)
      .values({
        enrolmentId: someone!.id,
        kind: "note",
        text: "Samtal",
        authorUserId: officerRow!.id,
        authorOrganisation: "af",
      })
      .returning();
    const refused = await cli(["undo", first]);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toContain("case_notes");
    expect(await tableCount(schema.enrolments)).toBe(2_000);

    await handle.db.delete(schema.caseNotes).where(eq(schema.caseNotes.id, note!.id));
    const undone = await cli(["undo", first]);
    expect(undone.code, undone.err.join("\n")).toBe(0);
    expect(undone.out[0]).toBe("Undone: 2000 participation(s) removed.");
    expect(await tableCount(schema.enrolments)).toBe(0);
    expect(await tableCount(schema.people)).toBe(0);
    expect((await handle.db.select().from(schema.intakes)).length).toBe(0);
    const again = await cli(["undo", first]);
    expect(again.code).toBe(1);
    const audit = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "import.participants.undo"));
    expect(audit).toHaveLength(1);
  }, 120_000);
});

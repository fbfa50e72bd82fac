import { schema } from "@opis/db";
import { measuredOutcome, OPIS_PROJECT, outcomeGoalOf } from "@opis/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ANONYMOUS_COLUMNS, DOSE_BANDS, loadEvaluationRecords } from "../src/operations/evaluation";
import {
  comparisonCsv,
  createEvaluationFixture,
  type EvaluationFixture,
} from "./evaluation-support";

let fx: EvaluationFixture;
beforeAll(async () => {
  fx = await createEvaluationFixture(80);
});
afterAll(async () => {
  await fx?.handle.close();
});

const isHidden = (c: { value: number | null; suppressed: boolean }) =>
  c.suppressed && c.value === null;

describe("statistics", () => {
  test("the dashboard has every goal, a monthly trend and a projection", async () => {
    const api = fx.as(fx.evaluator);
    const d = await api.statistics.dashboard({ projectId: "opis" });
    expect(d.goals.map((g) => g.goalId)).toEqual([
      "enrolment",
      "completion",
      "workOrStudies90Days",
      "languageStep",
    ]);
    expect(d.trend.length).toBeGreaterThanOrEqual(14);
    expect(d.trend[0]!.asOf).toBe("2025-01-31");
    // Month ends only, up to the last one before today.
    expect(d.trend.at(-1)!.asOf).toBe("2026-02-28");
    expect(
      d.trend.every(
        (p) => p.asOf.endsWith("-31") || p.asOf.endsWith("-30") || p.asOf.endsWith("-28"),
      ),
    ).toBe(true);
    const enrolment = d.goals[0]!;
    const records = await loadEvaluationRecords(fx.handle.db, { project: OPIS_PROJECT });
    expect(d.asOf).toBe("2026-02-28");
    expect(enrolment.numerator.value).toBe(records.filter((r) => r.enrolledOn <= d.asOf).length);
    const lines = d.projection!.lines;
    expect(lines.map((l) => l.group)).toEqual(["total", "woman", "man"]);
    expect(lines[0]!.target).toBe(400);
    expect(lines[0]!.pacePerMonth).toBeGreaterThan(0);
    // Gender counts with their total: never a single hidden cell.
    for (const goal of d.goals) {
      const cells = ["woman", "man", "nonBinary"].map((g) => goal.byGender[g as "woman"].numerator);
      const hidden = [...cells, goal.numerator].filter((c) => c.suppressed).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  test("filters narrow the population; quarters and month ends only, no free dates", async () => {
    const api = fx.as(fx.evaluator);
    const all = await api.statistics.dashboard({ projectId: "opis" });
    const kalmar = await api.statistics.dashboard({
      projectId: "opis",
      filter: { municipalityCode: "0880" },
    });
    const early = await api.statistics.dashboard({
      projectId: "opis",
      filter: { cohort: "2025-Q2" },
    });
    const n = (d: typeof all) => d.goals[0]!.numerator.value ?? 0;
    expect(n(kalmar)).toBeLessThan(n(all));
    expect(n(early)).toBeLessThan(n(all));
    const earlier = await api.statistics.dashboard({ projectId: "opis", asOf: "2025-09-30" });
    expect(earlier.asOf).toBe("2025-09-30");
    expect(n(earlier)).toBeLessThan(n(all));
    const refused = async (input: unknown) => {
      try {
        await api.statistics.dashboard(input as never);
        return null;
      } catch (error) {
        return JSON.stringify(error);
      }
    };
    expect(await refused({ projectId: "opis", filter: { enrolledFrom: "2025-02-01" } })).toContain(
      "enrolledFrom",
    );
    expect(await refused({ projectId: "opis", asOf: "2025-09-15" })).toContain("asOf");
    expect(await refused({ projectId: "opis", filter: { cohort: "2019-Q1" } })).toContain("cohort");
  });

  test("evaluation facts are the sums and flags of each participant's own rows", async () => {
    const [records, minutes, taken] = await Promise.all([
      loadEvaluationRecords(fx.handle.db, { project: OPIS_PROJECT }),
      fx.handle.db
        .select({
          enrolmentId: schema.attendance.enrolmentId,
          present: schema.attendance.presentMinutes,
        })
        .from(schema.attendance),
      fx.handle.db
        .select({ enrolmentId: schema.activities.enrolmentId, type: schema.activities.type })
        .from(schema.activities),
    ]);
    let withAttendance = 0;
    for (const r of records) {
      const own = minutes.filter((m) => m.enrolmentId === r.participantId);
      const sum = own.reduce((s, m) => s + (m.present ?? 0), 0);
      if (own.length > 0) withAttendance += 1;
      expect(r.facts.presentMinutes).toBe(sum);
      const types = [
        ...new Set(taken.filter((a) => a.enrolmentId === r.participantId).map((a) => a.type)),
      ];
      expect(r.facts.activityTypes).toEqual(types.sort());
    }
    expect(withAttendance).toBeGreaterThan(10);
  });

  test("a higher threshold hides more", async () => {
    const api = fx.as(fx.evaluator);
    const low = await api.statistics.flows({ projectId: "opis", dimension: "ageBand" });
    expect(low.stages.find((s) => s.stage === "enrolled")!.table.rowKeys).toEqual([
      "under25",
      "25to29",
      "30to54",
      "55plus",
    ]);
    const high = await api.statistics.flows({
      projectId: "opis",
      dimension: "ageBand",
      threshold: 20,
    });
    const hidden = (f: typeof low) =>
      [f.exits, f.outcomes, f.intake, ...f.stages.map((s) => s.table)]
        .flatMap((t) => t.cells.flat())
        .filter(isHidden).length;
    expect(hidden(high)).toBeGreaterThan(hidden(low));
    await expect(api.statistics.flows({ projectId: "opis", threshold: 3 })).rejects.toThrow();
  });

  test("flows add up: exits and outcomes both partition the enrolled", async () => {
    const api = fx.as(fx.evaluator);
    const f = await api.statistics.flows({ projectId: "opis", dimension: "gender", threshold: 5 });
    const enrolled = f.intake.rowTotals[0]!.value!;
    expect(enrolled).toBeGreaterThan(50);
    expect(f.exits.grandTotal.value).toBe(enrolled);
    expect(f.outcomes.grandTotal.value).toBe(enrolled);
    expect(f.intake.grandTotal.value).toBeGreaterThanOrEqual(enrolled);
    // Shown exit reasons never exceed the exited; status at exit divides the same exited.
    const exited = f.statusAtExit.grandTotal.value!;
    expect(exited).toBe(enrolled - f.exits.rowTotals[0]!.value!);
  });

  test("success factors carry Wilson intervals around shown rates", async () => {
    const api = fx.as(fx.evaluator);
    const s = await api.statistics.successFactors({ projectId: "opis" });
    expect(s.dose).toHaveLength(4);
    expect(s.methods).toHaveLength(6);
    for (const row of [...s.activityTypes, ...s.dose, ...s.methods]) {
      const o = row.overall;
      if (o.rate === null) continue;
      expect(o.lower!).toBeLessThanOrEqual(o.rate);
      expect(o.upper!).toBeGreaterThanOrEqual(o.rate);
    }
  });
});

test("success factors count exactly the measured completers of each band and method", async () => {
  const api = fx.as(fx.evaluator);
  const s = await api.statistics.successFactors({ projectId: "opis" });
  const records = await loadEvaluationRecords(fx.handle.db, { project: OPIS_PROJECT });
  const goal = outcomeGoalOf(OPIS_PROJECT, "workOrStudies90Days")!;
  expect(s.outcomeGoalId).toBe(goal.id);
  const measured = records.flatMap((r) => {
    const outcome = measuredOutcome(OPIS_PROJECT, goal, r, s.asOf);
    return outcome === null ? [] : [{ r, success: outcome === "workOrStudies" }];
  });
  expect(measured.length).toBeGreaterThan(5);
  expect(s.population.n.value).toBe(measured.length);
  expect(s.population.successes.value).toBe(measured.filter((m) => m.success).length);
  // A shown count is the exact count; a hidden one is small or hidden to protect a small one.
  let shown = 0;
  const check = (cell: { value: number | null }, expected: number) => {
    if (cell.value === null) return;
    shown += 1;
    expect(cell.value).toBe(expected);
  };
  for (const band of DOSE_BANDS) {
    const row = s.dose.find((d) => d.key === band.key)!;
    const inBand = measured.filter(
      (m) => m.r.facts.presentMinutes / 60 >= band.from && m.r.facts.presentMinutes / 60 < band.to,
    );
    check(row.overall.n, inBand.length);
    check(row.overall.successes, inBand.filter((m) => m.success).length);
  }
  const language = measured.filter((m) => m.r.facts.activityTypes.includes("languageTraining"));
  check(s.methods.find((m) => m.key === "languageTraining:yes")!.overall.n, language.length);
  check(
    s.methods.find((m) => m.key === "languageTraining:no")!.overall.n,
    measured.length - language.length,
  );
  expect(shown).toBeGreaterThan(1);
});

describe("comparison group", () => {
  test("a file with errors is rejected whole, naming row and column", async () => {
    const api = fx.as(fx.evaluator);
    const csv = comparisonCsv(20)
      .replace(/\nJ000003,woman,/, "\nJ000003,kvinnan,")
      .replace(/(\nJ000007,[^,]*,)\d{4}/, "$11890");
    const result = await api.comparison.import({
      projectId: "opis",
      fileName: "jamforelse.csv",
      contentBase64: Buffer.from(csv).toString("base64"),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      row: 4,
      column: "gender",
      messageKey: "evaluation.import.error.gender",
    });
    expect(result.errors).toContainEqual({
      row: 8,
      column: "birth_year",
      messageKey: "evaluation.import.error.birthYear",
    });
    expect(await api.comparison.list({ projectId: "opis" })).toEqual([]);
  });

  test("a personal number as pseudonym is refused", async () => {
    const api = fx.as(fx.evaluator);
    const csv = comparisonCsv(3).replace("J000002", "199001012385");
    const result = await api.comparison.import({
      projectId: "opis",
      fileName: "x.csv",
      contentBase64: Buffer.from(csv).toString("base64"),
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("199001012385");
  });

  test("CSV and XLSX import, then exact, CEM and nearest matching", async () => {
    const api = fx.as(fx.evaluator);
    const csv = comparisonCsv(600);
    const imported = await api.comparison.import({
      projectId: "opis",
      fileName: "jamforelse.csv",
      contentBase64: Buffer.from(csv).toString("base64"),
    });
    expect(imported).toMatchObject({ ok: true, rowCount: 600 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("data");
    for (const line of csv.trim().split("\n")) sheet.addRow(line.split(","));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await api.comparison.import({
      projectId: "opis",
      fileName: "jamforelse.xlsx",
      contentBase64: xlsx.toString("base64"),
    });
    expect(fromXlsx).toMatchObject({ ok: true, rowCount: 600 });
    const list = await api.comparison.list({ projectId: "opis" });
    expect(list).toHaveLength(2);
    if (!imported.ok) return;

    const nearest = await api.comparison.match({
      projectId: "opis",
      importId: imported.importId,
      method: "nearest",
      covariates: ["gender", "age", "monthsRegistered"],
      caliper: 0.5,
    });
    if (!nearest.ok) console.log(JSON.stringify(nearest));
    expect(nearest.ok).toBe(true);
    if (!nearest.ok) return;
    expect(nearest.result.balance.length).toBeGreaterThan(3);
    expect(JSON.stringify(nearest)).not.toMatch(/"t\d+"|"c\d+"|J0000/);
    const cem = await api.comparison.match({
      projectId: "opis",
      importId: imported.importId,
      method: "cem",
      covariates: ["gender", "age", "education"],
      cutpoints: { age: [30, 40, 50] },
    });
    expect(cem.ok).toBe(true);
    const exact = await api.comparison.match({
      projectId: "opis",
      importId: imported.importId,
      method: "exact",
      covariates: ["gender"],
    });
    expect(exact.ok).toBe(true);
    // The headline SE is named, MatchIt's choice per method, with the other variants beside it.
    expect(nearest.result.overall.standardErrorType).toBe("clusterHC1");
    expect(nearest.result.overall.standardError).toBe(
      nearest.result.overall.standardErrors?.clusterHC1,
    );
    expect(cem.ok && cem.result.overall.standardErrorType).toBe("HC3");
    expect(exact.ok && exact.result.overall.warnings).toEqual([]);

    // Exact matching on age and time registered as well keeps few participants: said, not silent.
    const strict = await api.comparison.match({
      projectId: "opis",
      importId: imported.importId,
      method: "exact",
      covariates: ["gender", "age", "birthRegion", "education"],
    });
    if (!strict.ok) throw new Error(JSON.stringify(strict));
    const overall = strict.result.overall;
    expect(overall.nMatchedTreated.value ?? 0).toBeLessThan(0.8 * overall.nTreated.value!);
    expect(overall.warnings).toContainEqual({
      code: "few-treated-matched",
      count: overall.nMatchedTreated,
      total: overall.nTreated,
    });
  });
});

describe("exports", () => {
  test("the participant file is anonymous: no pseudonym, states its k, same rows as CSV and XLSX", async () => {
    const api = fx.as(fx.evaluator);
    const csv = await api.exports.participants({ projectId: "opis", format: "csv" });
    const text = Buffer.from(csv.base64, "base64").toString("utf8");
    expect(text).toContain("k = 5");
    expect(text).toContain("Generaliserat");
    const header = text.split("\r\n").find((l) => !l.startsWith("#") && !l.startsWith("\uFEFF#"))!;
    expect(header.split(",")).toEqual([...ANONYMOUS_COLUMNS]);
    expect(header).not.toContain("pseudonym");
    expect(csv.disclosure.smallestClass).toBeGreaterThanOrEqual(5);
    const xlsx = await api.exports.participants({ projectId: "opis", format: "xlsx" });
    expect(xlsx.rowCount).toBe(csv.rowCount);
  });

  test("goals report as XLSX and PDF, ESF+ table as XLSX", async () => {
    const api = fx.as(fx.evaluator);
    const pdf = await api.exports.goalsReport({ projectId: "opis", format: "pdf" });
    expect(Buffer.from(pdf.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const xlsx = await api.exports.goalsReport({ projectId: "opis", format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, "base64") as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Mål",
      "Prognos",
      "Trend",
      "Flöden",
      "Status vid avslut",
      "Utfall",
      "Framgångsfaktorer",
    ]);
    const esf = await api.exports.esf({ projectId: "opis" });
    expect(esf.mimeType).toContain("spreadsheet");
    const table = await api.statistics.esf({ projectId: "opis" });
    expect(table.rows.find((r) => r.code === "total")!.total.value).toBeGreaterThan(50);
  });

  test("every statistics read and export is audited with who, what and which filter", async () => {
    const api = fx.as(fx.evaluator);
    const filter = { municipalityCode: "0880" };
    await api.statistics.dashboard({ projectId: "opis", filter });
    await api.statistics.flows({ projectId: "opis", filter, dimension: "ageBand" });
    await api.statistics.successFactors({ projectId: "opis", filter });
    await api.statistics.esf({ projectId: "opis", filter });
    const exported = await api.exports.participants({ projectId: "opis", format: "csv" });
    const rows = await fx.handle.db.select().from(schema.auditEvents);
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      "statistics.dashboard",
      "statistics.flows",
      "statistics.successFactors",
      "statistics.esf",
      "exports.participants",
      "exports.goalsReport",
      "exports.esf",
      "comparison.import",
    ])
      expect(actions).toContain(a);
    const last = rows.filter((r) => r.action === "exports.participants").at(-1)!;
    expect(last).toMatchObject({
      actorUserId: fx.evaluator.id,
      subjectType: "export",
      subjectId: "opis",
      details: { format: "csv", rowCount: exported.rowCount },
    });
    const flows = rows.filter((r) => r.action === "statistics.flows").at(-1)!;
    expect(flows.details).toMatchObject({ filter, dimension: "ageBand", threshold: 5 });
  });
});

describe("a coordinator's own municipality", () => {
  test("the same protected figures as the evaluators' dashboard, for their municipality only", async () => {
    const coordinator = fx.users.find((u) => u.role === "coordinator" && u.municipalityCode)!;
    const own = await fx.as(coordinator).statistics.municipalityGoals({ projectId: "opis" });
    expect(own.municipalityCode).toBe(coordinator.municipalityCode);
    const evaluatorView = await fx.as(fx.evaluator).statistics.dashboard({
      projectId: "opis",
      filter: { municipalityCode: coordinator.municipalityCode! },
    });
    expect(own.dashboard!.goals).toEqual(evaluatorView.goals);
    await expect(
      fx.as(coordinator).statistics.dashboard({ projectId: "opis" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("access", () => {
  test("officers and coordinators cannot reach evaluation procedures", async () => {
    for (const role of ["officer", "coordinator"]) {
      const user = fx.users.find((u) => u.role === role)!;
      await expect(fx.as(user).statistics.dashboard({ projectId: "opis" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        fx.as(user).exports.participants({ projectId: "opis", format: "csv" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

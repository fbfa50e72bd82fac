/**
 * Issue 13 item 4: data out. The managing authority's participant file sums,
 * indicator by indicator and gender by gender, to the console's ESF+ table
 * (this month: statistics.esf as on screen; an earlier month: the same report
 * as of that month's end); the whole-project export holds every table of the
 * project with a codebook, as XLSX and as CSV in a zip; both are audited and
 * for the administrator only. Data comes in through the historical import.
 */
import { schema } from "@opis/db";
import { type HistoricalRow, historicalCsv, historicalRows } from "@opis/demo";
import { EXIT_STATUSES, FOLLOW_UP_OUTCOMES, GENDERS, OPIS_PROJECT } from "@opis/domain";
import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runReport } from "../src/reports";
import { type ApiFixture, createApiFixture } from "./fixtures";

let f: ApiFixture;
let imported: HistoricalRow[] = [];
const ADMIN = "demo-admin";

beforeAll(async () => {
  f = await createApiFixture();
  imported = [
    ...historicalRows({
      count: 400,
      seed: "data-out",
      from: "2025-01-02",
      to: "2026-03-10",
      today: "2026-03-16",
      municipalities: OPIS_PROJECT.municipalities,
      officerEmails: ["anna.lindqvist@example.af.se", "erik.johansson@example.af.se"],
      exitStatuses: EXIT_STATUSES,
      followUpOutcomes: FOLLOW_UP_OUTCOMES,
    }),
  ];
  const csv = historicalCsv(imported);
  const result = await f.as(ADMIN).imports.run({
    projectId: OPIS_PROJECT.id,
    fileName: "historik.csv",
    contentBase64: Buffer.from(csv, "utf8").toString("base64"),
  });
  expect(result.issues).toEqual([]);
  expect(result.added).toBe(400);
}, 120_000);

afterAll(async () => {
  await f?.handle.close();
});

/** Sums of each indicator column per gender in a file's rows. */
function sums(header: string[], rows: string[][]) {
  const gender = header.indexOf("gender");
  const out: Record<string, Record<string, number>> = {};
  header.forEach((column, j) => {
    const code = /^(entry|exit)_(\w+)$/.exec(column)?.[2];
    if (!code) return;
    out[code] = Object.fromEntries(GENDERS.map((g) => [g, 0]));
    for (const row of rows)
      (out[code] as Record<string, number>)[row[gender] as string]! += Number(row[j]);
  });
  return out;
}

type EsfRows = {
  code: string;
  byGender: Record<string, { value: number | null }>;
}[];
function expectSameAsTable(file: Record<string, Record<string, number>>, table: EsfRows) {
  let compared = 0;
  for (const row of table) {
    expect(file[row.code], row.code).toBeDefined();
    for (const g of GENDERS) {
      const cell = row.byGender[g]!;
      if (cell.value === null) continue; // hidden by disclosure control
      expect(file[row.code]![g], `${row.code} ${g}`).toBe(cell.value);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(20);
}

describe("the managing authority's participant file", () => {
  test("the last ended month's CSV sums to the console's ESF+ table, one row per participant", async () => {
    // The console publishes month ends: today is 2026-03-16, so its table stands on 2026-02-28.
    const file = await f
      .as(ADMIN)
      .dataOut.managingAuthority({ projectId: OPIS_PROJECT.id, month: "2026-02", format: "csv" });
    const text = Buffer.from(file.base64, "base64").toString("utf8");
    expect(
      text.startsWith(
        "\uFEFFpersonalIdentityNumber;gender;startDate;endDate;exitReason;entry_total",
      ),
    ).toBe(true);
    const [header, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(";"));
    const enrolledByMonthEnd = imported.filter((r) => r.startDate <= "2026-02-28").length;
    expect(rows).toHaveLength(enrolledByMonthEnd);
    expect(new Set(rows.map((r) => `${r[0]}|${r[2]}`)).size).toBe(enrolledByMonthEnd);
    expect(rows.every((r) => /^\d{12}$/.test(r[0]!))).toBe(true);
    const console = await f.as(ADMIN).statistics.esf({ projectId: OPIS_PROJECT.id });
    expect(console.asOf).toBe("2026-02-28");
    expectSameAsTable(sums(header!, rows), console.rows);
  });

  test("an earlier month's XLSX: only those enrolled by its end, exits by its end, the same figures as the report that day", async () => {
    const file = await f
      .as(ADMIN)
      .dataOut.managingAuthority({ projectId: OPIS_PROJECT.id, month: "2025-09", format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, "base64") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values: string[][] = [];
    sheet.eachRow((row) =>
      values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
    );
    const [header, ...rows] = values;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(400);
    expect(rows.every((r) => r[2]! <= "2025-09-30" && (r[3] === "" || r[3]! <= "2025-09-30"))).toBe(
      true,
    );
    const report = await runReport(f.handle.db, {
      kind: "esf",
      project: { definition: OPIS_PROJECT, version: null },
      today: "2026-03-16",
      asOf: "2025-09-30",
      threshold: 5,
      actor: "test",
    });
    if (report.report !== "esf") throw new Error("esf expected");
    expectSameAsTable(sums(header!, rows), report.rows);
  });

  test("is audited with the people in it, and refused to anyone but the administrator", async () => {
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "exports.managingAuthority"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.map((a) => a.personIds?.length)).toContain(
      imported.filter((r) => r.startDate <= "2026-02-28").length,
    );
    await expect(
      f
        .as("demo-evaluator")
        .dataOut.managingAuthority({ projectId: OPIS_PROJECT.id, month: "2026-03", format: "csv" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the whole-project export", () => {
  test("XLSX: a codebook and a sheet per table of the project, every row", async () => {
    const file = await f.as(ADMIN).dataOut.project({ projectId: OPIS_PROJECT.id, format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, "base64") as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe("kodbok");
    for (const table of [
      "people",
      "intakes",
      "enrolments",
      "exits",
      "follow_ups",
      "participant_imports",
      "users",
    ]) {
      expect(names).toContain(table);
    }
    expect(names).not.toContain("sessions");
    expect(names).not.toContain("audit_events");
    const enrolments = (await f.handle.db.select({ n: count() }).from(schema.enrolments))[0]!.n;
    expect(workbook.getWorksheet("enrolments")!.rowCount).toBe(enrolments + 1);
    const codebook = workbook.getWorksheet("kodbok")!;
    const rows: string[][] = [];
    codebook.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    const exitStatus = rows.find((r) => r[0] === "exits" && r[1] === "status");
    expect(exitStatus?.[4]).toContain("employed (Anställning)");
    expect(rows.find((r) => r[0] === "enrolments" && r[1] === "has_disability")?.[4]).toContain(
      "okänd",
    );
  });

  test("CSV in a zip: one file per table with a BOM and semicolons, and kodbok.csv; audited", async () => {
    const file = await f.as(ADMIN).dataOut.project({ projectId: OPIS_PROJECT.id, format: "zip" });
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, "base64"));
    expect(Object.keys(zip.files)).toContain("kodbok.csv");
    const people = await zip.file("people.csv")!.async("string");
    expect(people.startsWith("\uFEFFid;personal_identity_number;")).toBe(true);
    const peopleCount = (await f.handle.db.select({ n: count() }).from(schema.people))[0]!.n;
    expect(people.trimEnd().split("\r\n")).toHaveLength(peopleCount + 1);
    const audit = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "exports.projectData"));
    expect(audit.at(-1)?.personIds).toHaveLength(peopleCount);
  });
});

import { type Executor, loadCatalogColumns, loadProjectTableRows, projectScopeOf } from "@opis/db";
import {
  BIRTH_REGIONS,
  EDUCATION_LEVELS,
  EXIT_REASONS,
  exitStatusCategoriesOf,
  followUpOutcomeCategoriesOf,
  GENDERS,
  type ProjectDefinition,
} from "@opis/domain";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface ProjectTable {
  name: string;
  columns: string[];
  rows: (string | null)[][];
}

export interface ProjectExport {
  tables: ProjectTable[];
  codebook: { header: string[]; rows: string[][] };
  /** Tables left out as not being a project's data, for the codebook's note. */
  leftOut: string[];
}

/** Code lists for columns whose values are codes (the rest are ids, dates, numbers or text). */
function codesOf(project: ProjectDefinition): Record<string, string> {
  return {
    gender: GENDERS.join(", "),
    birth_region: `${BIRTH_REGIONS.join(", ")} (tom = okänd)`,
    education_level: `${EDUCATION_LEVELS.join(", ")} (SUN; US = okänd)`,
    has_disability: "true, false (tom = okänd)",
    "exits.reason": EXIT_REASONS.join(", "),
    "exits.status": exitStatusCategoriesOf(project)
      .map((c) => `${c.id} (${c.name.sv})`)
      .join(", "),
    "follow_ups.outcome": followUpOutcomeCategoriesOf(project)
      .map((c) => `${c.id} (${c.name.sv})`)
      .join(", "),
    municipality_code: "SCB:s kommunkod",
  };
}

/**
 * Every table of the project, read in one transaction so the tables agree:
 * rows with its project id, rows of its enrolments, its people, its comparison
 * units, and the registers its rows point to (staff, employers). Tables that
 * are not a project's data (sessions, the audit log, job queues) are left out
 * and named. The codebook lists every column exported, its type and its codes.
 */
export async function loadProjectExport(
  db: Executor,
  project: ProjectDefinition,
): Promise<ProjectExport> {
  const catalog = await loadCatalogColumns(db);
  const byTable = new Map<string, { column: string; dataType: string; nullable: boolean }[]>();
  for (const c of catalog) {
    const list = byTable.get(c.table) ?? [];
    list.push(c);
    byTable.set(c.table, list);
  }
  const codes = codesOf(project);
  const tables: ProjectTable[] = [];
  const leftOut: string[] = [];
  const codebookRows: string[][] = [];
  for (const [name, cols] of byTable) {
    const columns = cols.map((c) => c.column);
    const scope = projectScopeOf(name, columns);
    if (!scope) {
      leftOut.push(name);
      continue;
    }
    // The identity provider's subject is a login key, not project data.
    const exported = columns.filter((c) => !(name === "users" && c === "subject"));
    const rows = await loadProjectTableRows(db, {
      table: name,
      columns: exported,
      scope,
      projectId: project.id,
    });
    tables.push({ name, columns: exported, rows });
    for (const c of cols) {
      if (!exported.includes(c.column)) continue;
      codebookRows.push([
        name,
        c.column,
        c.dataType,
        c.nullable ? "ja" : "nej",
        codes[`${name}.${c.column}`] ?? codes[c.column] ?? "",
      ]);
    }
  }
  return {
    tables,
    codebook: { header: ["tabell", "kolumn", "typ", "kan vara tom", "koder"], rows: codebookRows },
    leftOut,
  };
}

/** The export as one workbook: a sheet per table (names cut to Excel's 31 characters) and the codebook first. */
export async function projectExportXlsx(data: ProjectExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "OPIS";
  const codebook = workbook.addWorksheet("kodbok");
  codebook.addRow(data.codebook.header).font = { bold: true };
  for (const row of data.codebook.rows) codebook.addRow(row);
  codebook.addRow([]);
  codebook.addRow([`Ej projektdata, ej med: ${data.leftOut.join(", ")}`]);
  for (const table of data.tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ""));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The export as CSV files (UTF-8 with BOM, semicolons) in a zip, with kodbok.csv. */
export async function projectExportZip(data: ProjectExport): Promise<Buffer> {
  const zip = new JSZip();
  const csv = (header: readonly string[], rows: readonly (readonly (string | null)[])[]) =>
    `\uFEFF${[header, ...rows].map((r) => r.map((v) => csvCell(v ?? "")).join(";")).join("\r\n")}\r\n`;
  zip.file(
    "kodbok.csv",
    csv(data.codebook.header, [
      ...data.codebook.rows,
      [`Ej projektdata, ej med: ${data.leftOut.join(", ")}`],
    ]),
  );
  for (const table of data.tables) zip.file(`${table.name}.csv`, csv(table.columns, table.rows));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function csvCell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

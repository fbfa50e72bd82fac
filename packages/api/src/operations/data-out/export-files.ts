import type { Database } from "@opis/db";
import type { IsoDate, ProjectDefinition } from "@opis/domain";
import { recordAudit } from "../../audit";
import { MIME, toXlsx } from "../evaluation/exports";
import { managingAuthorityFile } from "./managing-authority-file";
import { loadProjectExport, projectExportXlsx, projectExportZip } from "./project-export";

/** A file made for download or to be written to disk. */
export interface DataOutFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
  rowCount: number;
}

function semicolonCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}

/** The managing authority's participant file, read and audited in one transaction (console and CLI). */
export function exportManagingAuthorityFile(options: {
  db: Database;
  project: ProjectDefinition;
  month: string;
  today: IsoDate;
  format: "csv" | "xlsx";
  /** Null from the command line. */
  actorUserId: string | null;
}): Promise<DataOutFile> {
  const { project, month, format } = options;
  return options.db.transaction(async (tx) => {
    const file = await managingAuthorityFile(tx as unknown as Database, {
      project,
      month,
      today: options.today,
    });
    await recordAudit(tx, {
      actorUserId: options.actorUserId,
      action: "exports.managingAuthority",
      subjectType: "export",
      subjectId: project.id,
      personIds: file.personIds,
      details: { month, asOf: file.asOf, format, rows: file.rows.length },
    });
    const data =
      format === "csv"
        ? Buffer.from(semicolonCsv(file.header, file.rows), "utf8")
        : await toXlsx([{ name: `Deltagare ${month}`, header: file.header, rows: file.rows }]);
    return {
      fileName: `opis-deltagarfil-${project.id}-${month}.${format}`,
      mimeType: MIME[format],
      data,
      rowCount: file.rows.length,
    };
  });
}

/** Every table of the project with a codebook, read and audited in one transaction (console and CLI). */
export function exportProjectData(options: {
  db: Database;
  project: ProjectDefinition;
  format: "xlsx" | "zip";
  actorUserId: string | null;
}): Promise<DataOutFile> {
  const { project, format } = options;
  return options.db.transaction(async (tx) => {
    const data = await loadProjectExport(tx, project);
    const people = data.tables.find((t) => t.name === "people");
    const idColumn = people?.columns.indexOf("id") ?? -1;
    await recordAudit(tx, {
      actorUserId: options.actorUserId,
      action: "exports.projectData",
      subjectType: "export",
      subjectId: project.id,
      personIds: people ? people.rows.map((r) => r[idColumn] as string) : [],
      details: { format, tables: data.tables.map((t) => ({ name: t.name, rows: t.rows.length })) },
    });
    return {
      fileName: `opis-projektdata-${project.id}.${format}`,
      mimeType: format === "xlsx" ? MIME.xlsx : "application/zip",
      data: format === "xlsx" ? await projectExportXlsx(data) : await projectExportZip(data),
      rowCount: data.tables.reduce((n, t) => n + t.rows.length, 0),
    };
  });
}

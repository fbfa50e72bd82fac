import type { Database } from "@opis/db";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import {
  loadProjectExport,
  managingAuthorityFile,
  projectExportXlsx,
  projectExportZip,
} from "../operations/data-out";
import { type ExportFile, MIME, toXlsx } from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { procedureFor, router } from "../trpc";

const administrator = procedureFor("admin");
const ZIP_MIME = "application/zip";

function semicolonCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}

/** Personal data out, for the administrator only; every file is an audited read of the people in it. */
export const dataOutRouter = router({
  /** Every table of the project, as one XLSX (a sheet per table) or CSV files in a zip, with a codebook. */
  project: administrator
    .input(
      z.object({ projectId: z.string().min(1).default("opis"), format: z.enum(["xlsx", "zip"]) }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx): Promise<ExportFile> => {
        const project = await requireProject(tx, input.projectId);
        const data = await loadProjectExport(tx, project);
        const people = data.tables.find((t) => t.name === "people");
        const idColumn = people?.columns.indexOf("id") ?? -1;
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "exports.projectData",
          subjectType: "export",
          subjectId: project.id,
          personIds: people ? people.rows.map((r) => r[idColumn] as string) : [],
          details: {
            format: input.format,
            tables: data.tables.map((t) => ({ name: t.name, rows: t.rows.length })),
          },
        });
        const buffer =
          input.format === "xlsx" ? await projectExportXlsx(data) : await projectExportZip(data);
        return {
          fileName: `opis-projektdata-${project.id}.${input.format}`,
          mimeType: input.format === "xlsx" ? MIME.xlsx : ZIP_MIME,
          base64: buffer.toString("base64"),
          rowCount: data.tables.reduce((n, t) => n + t.rows.length, 0),
        };
      }),
    ),
  /** The managing authority's participant file for a month (one row per participant), CSV or XLSX. */
  managingAuthority: administrator
    .input(
      z.object({
        projectId: z.string().min(1).default("opis"),
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.date.invalid"),
        format: z.enum(["csv", "xlsx"]),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx): Promise<ExportFile> => {
        const project = await requireProject(tx, input.projectId);
        const file = await managingAuthorityFile(tx as unknown as Database, {
          project,
          month: input.month,
          today: todayIn(ctx),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "exports.managingAuthority",
          subjectType: "export",
          subjectId: project.id,
          personIds: file.personIds,
          details: {
            month: input.month,
            asOf: file.asOf,
            format: input.format,
            rows: file.rows.length,
          },
        });
        const data =
          input.format === "csv"
            ? Buffer.from(semicolonCsv(file.header, file.rows), "utf8")
            : await toXlsx([
                { name: `Deltagare ${input.month}`, header: file.header, rows: file.rows },
              ]);
        return {
          fileName: `opis-deltagarfil-${project.id}-${input.month}.${input.format}`,
          mimeType: MIME[input.format],
          base64: data.toString("base64"),
          rowCount: file.rows.length,
        };
      }),
    ),
});

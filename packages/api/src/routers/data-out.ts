import { ProjectIdSchema } from "@opis/domain";
import { z } from "zod";
import { todayIn } from "../context";
import {
  type DataOutFile,
  exportManagingAuthorityFile,
  exportProjectData,
} from "../operations/data-out";
import type { ExportFile } from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { projectIdFor } from "../project-context";
import { procedureFor, router } from "../trpc";

const administrator = procedureFor("admin");

const forDownload = (file: DataOutFile): ExportFile => ({
  fileName: file.fileName,
  mimeType: file.mimeType,
  base64: file.data.toString("base64"),
  rowCount: file.rowCount,
});

/** Personal data out, for the administrator only; every file is an audited read of the people in it. */
export const dataOutRouter = router({
  /** Every table of the project, as one XLSX (a sheet per table) or CSV files in a zip, with a codebook. */
  project: administrator
    .input(z.object({ projectId: ProjectIdSchema.optional(), format: z.enum(["xlsx", "zip"]) }))
    .mutation(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
      return forDownload(
        await exportProjectData({
          db: ctx.db,
          project,
          format: input.format,
          actorUserId: ctx.user.id,
        }),
      );
    }),
  /** The managing authority's participant file for a month (one row per participant), CSV or XLSX. */
  managingAuthority: administrator
    .input(
      z.object({
        projectId: ProjectIdSchema.optional(),
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.date.invalid"),
        format: z.enum(["csv", "xlsx"]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
      return forDownload(
        await exportManagingAuthorityFile({
          db: ctx.db,
          project,
          month: input.month,
          today: todayIn(ctx),
          format: input.format,
          actorUserId: ctx.user.id,
        }),
      );
    }),
});

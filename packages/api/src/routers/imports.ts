import { Readable } from "node:stream";
import { ProjectIdSchema, textSchema } from "@opis/domain";
import { z } from "zod";
import { todayIn } from "../context";
import { AppError } from "../errors";
import { type ExportFile, MIME } from "../operations/evaluation";
import {
  importParticipations,
  importTemplateCsv,
  importTemplateXlsx,
  listImports,
  MAX_PARTICIPATION_IMPORT_BYTES,
  undoImport,
} from "../operations/import";
import { requireProject } from "../operations/intake";
import { projectIdFor } from "../project-context";
import { procedureFor, router } from "../trpc";

const administrator = procedureFor("admin");

/** Issues sent back at most; the count says how many there were. */
const MAX_ISSUES_SHOWN = 1_000;

const FileInputSchema = z.object({
  projectId: ProjectIdSchema.optional(),
  fileName: textSchema()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i),
  /** The file, base64-encoded. */
  contentBase64: z
    .string()
    .min(1)
    .max(
      Math.ceil((MAX_PARTICIPATION_IMPORT_BYTES * 4) / 3) + 4,
      "evaluation.import.error.fileTooLarge",
    ),
});

async function run(
  ctx: Parameters<Parameters<typeof administrator.mutation>[0]>[0]["ctx"],
  input: z.infer<typeof FileInputSchema>,
  dryRun: boolean,
) {
  const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
  const data = Buffer.from(input.contentBase64, "base64");
  if (data.length > MAX_PARTICIPATION_IMPORT_BYTES) {
    throw new AppError("VALIDATION", "evaluation.import.error.fileTooLarge");
  }
  const result = await importParticipations({
    db: ctx.db,
    project,
    source: { fileName: input.fileName, open: () => Readable.from([data]) },
    actorUserId: ctx.user.id,
    today: todayIn(ctx),
    dryRun,
  });
  return {
    ...result,
    issueCount: result.issues.length,
    issues: result.issues.slice(0, MAX_ISSUES_SHOWN),
  };
}

/** Historical participations: preview, import, the list of imports, undo, and the template. */
export const importsRouter = router({
  /** Checks the whole file and counts what it would add; writes nothing. */
  preview: administrator.input(FileInputSchema).mutation(({ ctx, input }) => run(ctx, input, true)),
  /** Imports the file, all or nothing (one audited event). */
  run: administrator.input(FileInputSchema).mutation(({ ctx, input }) => run(ctx, input, false)),
  list: administrator
    .input(z.object({ projectId: ProjectIdSchema.optional() }))
    .query(({ ctx, input }) => listImports(ctx.db, projectIdFor(ctx, input.projectId))),
  undo: administrator.input(z.object({ importId: z.uuid() })).mutation(({ ctx, input }) =>
    undoImport({
      db: ctx.db,
      importId: input.importId,
      actorUserId: ctx.user.id,
      projectIds: ctx.user.projectIds,
    }),
  ),
  template: administrator
    .input(
      z.object({
        projectId: ProjectIdSchema.optional(),
        format: z.enum(["csv", "xlsx"]),
      }),
    )
    .mutation(async ({ ctx, input }): Promise<ExportFile> => {
      const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
      const data =
        input.format === "csv"
          ? Buffer.from(importTemplateCsv(), "utf8")
          : await importTemplateXlsx(project);
      return {
        fileName: `importmall-${project.id}.${input.format}`,
        mimeType: MIME[input.format],
        base64: data.toString("base64"),
        rowCount: 0,
      };
    }),
});

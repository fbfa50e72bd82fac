import {
  findComparisonImport,
  insertComparisonImport,
  listComparisonImports,
  loadComparisonUnits,
} from "@opis/db";
import { ProjectIdSchema, textSchema } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError } from "../errors";
import {
  buildMatchingUnits,
  loadEvaluationRecords,
  MAX_IMPORT_BYTES,
  MatchInputSchema,
  parseXlsx,
  readCsvRows,
  runMatch,
  validateComparisonRows,
} from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { projectIdFor } from "../project-context";
import { procedureFor, router } from "../trpc";

const evaluator = procedureFor("evaluator", "admin");

const ImportInputSchema = z.object({
  projectId: ProjectIdSchema.optional(),
  fileName: textSchema()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i),
  /** The file, base64-encoded; at most MAX_IMPORT_BYTES once decoded. */
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, "evaluation.import.error.fileTooLarge"),
});

/** The comparison group: imported pseudonymised extracts, and matching against them. */
export const comparisonRouter = router({
  /**
   * Imports a CSV or XLSX extract. Every row is validated first; on any error
   * nothing is stored and the errors come back naming row and column.
   */
  import: evaluator.input(ImportInputSchema).mutation(async ({ ctx, input }) => {
    const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
    const data = Buffer.from(input.contentBase64, "base64");
    if (data.length > MAX_IMPORT_BYTES)
      throw new AppError("VALIDATION", "evaluation.import.error.fileTooLarge");
    let rows: string[][];
    try {
      rows = /\.xlsx$/i.test(input.fileName)
        ? await parseXlsx(data)
        : readCsvRows(data.toString("utf8"));
    } catch {
      throw new AppError("VALIDATION", "evaluation.import.error.unreadable");
    }
    const parsed = validateComparisonRows(rows);
    if (!parsed.ok) {
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        action: "comparison.importRejected",
        subjectType: "comparison",
        details: { fileName: input.fileName, errorCount: parsed.errorCount },
      });
      return { ok: false as const, errors: parsed.errors, errorCount: parsed.errorCount };
    }
    const created = await ctx.db.transaction(async (tx) => {
      const result = await insertComparisonImport(tx as unknown as typeof ctx.db, {
        projectId: project.id,
        fileName: input.fileName,
        importedBy: ctx.user.id,
        units: parsed.units,
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "comparison.import",
        subjectType: "comparisonImport",
        subjectId: result.id,
        details: { fileName: input.fileName, rowCount: result.rowCount },
      });
      return result;
    });
    return { ok: true as const, importId: created.id, rowCount: created.rowCount };
  }),

  /** The project's imports, newest first. */
  list: evaluator
    .input(z.object({ projectId: ProjectIdSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
      const rows = await listComparisonImports(ctx.db, { projectId: project.id });
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        action: "comparison.list",
        subjectType: "comparison",
        subjectId: project.id,
      });
      return rows.map((r) => ({
        id: r.id,
        fileName: r.fileName,
        rowCount: r.rowCount,
        importedAt: r.createdAt.toISOString(),
      }));
    }),

  /**
   * Matches the project's measured completers against an import and returns
   * balance and the effect on the treated, overall and per gender. No ids.
   */
  match: evaluator.input(MatchInputSchema).mutation(async ({ ctx, input }) => {
    const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
    const found = await findComparisonImport(ctx.db, {
      projectId: project.id,
      importId: input.importId,
    });
    if (!found) throw new AppError("NOT_FOUND", "evaluation.match.error.notFound");
    const asOf = todayIn(ctx);
    const [records, comparison] = await Promise.all([
      loadEvaluationRecords(ctx.db, { project }),
      loadComparisonUnits(ctx.db, { importId: found.id }),
    ]);
    const units = buildMatchingUnits({ project, records, comparison, asOf });
    const outcome = runMatch(units, input);
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "comparison.match",
      subjectType: "comparisonImport",
      subjectId: found.id,
      details: {
        method: input.method,
        covariates: input.covariates,
        cutpoints: input.cutpoints ?? null,
        caliper: input.caliper ?? null,
        ok: outcome.ok,
      },
    });
    return { asOf, importId: found.id, fileName: found.fileName, ...outcome };
  }),
});

import { ProjectIdSchema } from "@opis/domain";
import { z } from "zod";
import { AppError } from "../errors";
import { resolveProject } from "../operations/projects";
import { projectIdFor } from "../project-context";
import { anyUserProcedure, router } from "../trpc";

export const projectsRouter = router({
  /**
   * The definition of the project the call is about (the input's, else the app's active
   * one), as the server runs it: the latest registered version, else the built-in
   * definition (ADR 0031). A project the caller does not work in is NOT_FOUND.
   */
  current: anyUserProcedure
    .input(z.object({ projectId: ProjectIdSchema.optional() }).optional())
    .query(async ({ ctx, input }) => {
      const projectId = projectIdFor(ctx, input?.projectId);
      const project = await resolveProject(ctx.db, projectId);
      if (!project) throw new AppError("NOT_FOUND", "errors.project.notFound");
      return { definition: project.definition, version: project.version };
    }),
});

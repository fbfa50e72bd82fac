import { ProjectIdSchema } from "@opis/domain";
import { AppError } from "./errors";
import type { AuthedContext } from "./trpc";

/**
 * The project a call is about (ADR 0028): the one its input names, else the app's
 * active project (the `x-opis-project` header, kept in the app's URL), else the
 * caller's first. A project the caller does not belong to is NOT_FOUND, like
 * anything else outside their scope.
 */
export function projectIdFor(
  ctx: Pick<AuthedContext, "user" | "activeProjectId">,
  named?: string,
): string {
  const projectId = named ?? ctx.activeProjectId ?? ctx.user.projectIds[0];
  if (projectId === undefined) throw new AppError("NOT_FOUND", "errors.project.notFound");
  requireMembership(ctx.user, projectId);
  return projectId;
}

/** Refuses (NOT_FOUND) work on a project, or a record of one, the caller does not belong to. */
export function requireMembership(
  user: Pick<AuthedContext["user"], "projectIds">,
  projectId: string,
): void {
  if (!user.projectIds.includes(projectId)) {
    throw new AppError("NOT_FOUND", "errors.project.notFound");
  }
}

/** The header the apps send with the project open in their URL. */
export const PROJECT_HEADER = "x-opis-project";

/** The active project a request's header names, or null when it names none (or nonsense). */
export function activeProjectFromHeader(value: string | string[] | undefined): string | null {
  const parsed = ProjectIdSchema.safeParse(typeof value === "string" ? value : undefined);
  return parsed.success ? parsed.data : null;
}

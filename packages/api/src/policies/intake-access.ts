import type { Executor } from "@opis/db";
import { findIntake } from "@opis/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc";

/**
 * An intake is worked on by the officer who started it, in a project they belong
 * to (ADR 0028). Anyone else gets
 * NOT_FOUND, so the answer does not reveal that the intake exists.
 */
export async function loadOwnIntake(db: Executor, user: AuthedContext["user"], intakeId: string) {
  const found = await findIntake(db, intakeId);
  if (
    !found ||
    found.intake.officerUserId !== user.id ||
    !user.projectIds.includes(found.intake.projectId)
  ) {
    throw new AppError("NOT_FOUND", "errors.intake.notFound");
  }
  return found;
}

import type { Executor } from "@opis/db";
import { findEnrolmentInScope } from "@opis/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc";
import { enrolmentScopeFor } from "./enrolment-scope";

/**
 * The enrolment, if the caller may work on it (an officer's office, a
 * coordinator's municipality); NOT_FOUND otherwise, so existence is not revealed.
 */
export async function loadEnrolmentInScope(
  db: Executor,
  user: AuthedContext["user"],
  enrolmentId: string,
) {
  const enrolment = await findEnrolmentInScope(db, enrolmentId, enrolmentScopeFor(user));
  if (!enrolment) throw new AppError("NOT_FOUND", "errors.participant.notFound");
  return enrolment;
}

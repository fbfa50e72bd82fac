import type { Executor, ResourceRequestScope } from "@opis/db";
import { findResourceRequestInScope } from "@opis/db";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc";

/**
 * A coordinator works on their municipality's requests, an officer on those of
 * the municipalities their office serves; project management reads them all.
 */
export function resourceRequestScopeFor(user: AuthedContext["user"]): ResourceRequestScope {
  if (user.role === "coordinator" && user.municipalityCode) {
    return { kind: "municipality", municipalityCode: user.municipalityCode };
  }
  if (user.role === "officer" && user.office) {
    return { kind: "office", office: user.office, homeMunicipalityCode: user.municipalityCode };
  }
  if (user.role === "admin") return { kind: "project" };
  throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** The request if the caller's scope holds it; NOT_FOUND otherwise, so existence is not revealed. */
export async function loadResourceRequestInScope(
  db: Executor,
  user: AuthedContext["user"],
  requestId: string,
) {
  const request = await findResourceRequestInScope(db, requestId, resourceRequestScopeFor(user));
  if (!request) throw new AppError("NOT_FOUND", "errors.resourceRequest.notFound");
  return request;
}

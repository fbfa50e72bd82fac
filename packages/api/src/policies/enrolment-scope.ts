import type { EnrolmentScope } from "@opis/db";
import type { MunicipalityCode } from "@opis/domain";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc";

export type OfficerListScope = "mine" | "office";

/**
 * Who sees which participants: an officer their own cases, or their office's
 * when they ask for it; a coordinator their own municipality; always within the
 * projects they belong to. Evaluators and
 * admins never reach person-level data through these procedures.
 */
export function enrolmentScopeFor(
  user: AuthedContext["user"],
  requested: OfficerListScope = "office",
): EnrolmentScope {
  // Only the projects the caller belongs to (ADR 0028).
  const projectIds = user.projectIds;
  if (user.role === "officer") {
    if (requested === "mine" || !user.office)
      return { kind: "officer", officerUserId: user.id, projectIds };
    return { kind: "office", office: user.office, projectIds };
  }
  if (user.role === "coordinator" && user.municipalityCode) {
    return {
      kind: "municipality",
      municipalityCode: user.municipalityCode as MunicipalityCode,
      projectIds,
    };
  }
  throw new AppError("FORBIDDEN", "errors.forbidden");
}

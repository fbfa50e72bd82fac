import type { EnrolmentScope } from "@opis/db";
import type { MunicipalityCode } from "@opis/domain";
import { AppError } from "../errors";
import type { AuthedContext } from "../trpc";

export type OfficerListScope = "mine" | "office";

/**
 * Who sees which participants: an officer their own cases, or their office's
 * when they ask for it; a coordinator their own municipality. Evaluators and
 * admins never reach person-level data through these procedures.
 */
export function enrolmentScopeFor(
  user: AuthedContext["user"],
  requested: OfficerListScope = "office",
): EnrolmentScope {
  if (user.role === "officer") {
    if (requested === "mine" || !user.office) return { kind: "officer", officerUserId: user.id };
    return { kind: "office", office: user.office };
  }
  if (user.role === "coordinator" && user.municipalityCode) {
    return { kind: "municipality", municipalityCode: user.municipalityCode as MunicipalityCode };
  }
  throw new AppError("FORBIDDEN", "errors.forbidden");
}

import { getProject, type MunicipalityCode } from "@opis/domain";
import {
  type ParticipantListParams,
  readParticipantListParams,
  writeParticipantListParams,
} from "@opis/ui";

/** The caseload's state, kept in the URL: the shared list's, plus scope and municipality. */
export type CaseloadScope = "mine" | "office";

export interface CaseloadParams extends ParticipantListParams {
  municipalityCode: MunicipalityCode | undefined;
  scope: CaseloadScope;
}

export const PROJECT_MUNICIPALITIES: readonly MunicipalityCode[] =
  getProject("opis")?.municipalities ?? [];

export function readCaseloadParams(params: URLSearchParams): CaseloadParams {
  const kommun = params.get("kommun");
  return {
    ...readParticipantListParams(params),
    municipalityCode: PROJECT_MUNICIPALITIES.find((code) => code === kommun),
    scope: params.get("scope") === "office" ? "office" : "mine",
  };
}

export function writeCaseloadParams(state: CaseloadParams): URLSearchParams {
  return writeParticipantListParams(state, {
    kommun: state.municipalityCode,
    scope: state.scope === "mine" ? undefined : state.scope,
  });
}

import {
  type MunicipalityCode,
  MunicipalityCodeSchema,
  type NextActionKind,
  NextActionKindSchema,
  PriorityGroupIdSchema,
} from "@opis/domain";
import {
  PARTICIPANT_SORTS,
  type ParticipantListParams,
  type ParticipantSort,
  readParticipantListParams,
  writeParticipantListParams,
} from "@opis/ui";

/**
 * The caseload's state, kept in the URL: the shared list's, plus scope,
 * municipality ("kommun"), the kind of next action ("steg") and the priority
 * group ("prio": a group's id, or `any`).
 */
export type CaseloadScope = "mine" | "office";

export interface CaseloadParams extends ParticipantListParams {
  municipalityCode: MunicipalityCode | undefined;
  /** Only the cases whose next action is of this kind, so one kind of task at a time. */
  nextAction: NextActionKind | undefined;
  /** Only the cases in this priority group of the project, or in any of them. */
  priorityGroup: string | undefined;
  scope: CaseloadScope;
}

/** The caseload sorts like every list, and by the next action's due date. */
export const CASELOAD_SORTS: readonly ParticipantSort[] = [...PARTICIPANT_SORTS, "nextActionDue"];

/** A next-action kind from the URL or a select, by the schema the API checks it with. */
export function parseNextAction(value: string | null): NextActionKind | undefined {
  const parsed = NextActionKindSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A priority-group filter from the URL or a select: `any`, or a group id's form. */
export function parsePriorityGroup(value: string | null): string | undefined {
  if (value === "any") return value;
  return PriorityGroupIdSchema.safeParse(value).data;
}

export function readCaseloadParams(params: URLSearchParams): CaseloadParams {
  const kommun = params.get("kommun");
  return {
    ...readParticipantListParams(params, CASELOAD_SORTS),
    // Any municipality code; the server shows only the caller's scope in the open project.
    municipalityCode: MunicipalityCodeSchema.safeParse(kommun).data,
    nextAction: parseNextAction(params.get("steg")),
    priorityGroup: parsePriorityGroup(params.get("prio")),
    scope: params.get("scope") === "office" ? "office" : "mine",
  };
}

export function writeCaseloadParams(state: CaseloadParams): URLSearchParams {
  return writeParticipantListParams(state, {
    kommun: state.municipalityCode,
    steg: state.nextAction,
    prio: state.priorityGroup,
    scope: state.scope === "mine" ? undefined : state.scope,
  });
}

/**
 * A participant list's state (search, status, sort, page), kept in the URL so
 * that back, reload and shared links work. Apps with more filters extend it.
 */
import type { RouterInputs } from "@opis/api";

/** Every sort the server knows (the list input schema's), e.g. "nextActionDue". */
export type ParticipantSort = NonNullable<RouterInputs["participants"]["list"]["sort"]>;
/** The sorts every participant list offers; an app may offer more (the caseload's next action). */
export const PARTICIPANT_SORTS = [
  "name",
  "startDate",
  "municipality",
] as const satisfies readonly ParticipantSort[];
export type ParticipantStatusFilter = "active" | "exited";

export interface ParticipantListParams {
  search: string;
  status: ParticipantStatusFilter | undefined;
  /** Only the participants with handovers the reader has not opened ("olast=1"). */
  unread: boolean;
  sort: ParticipantSort;
  direction: "asc" | "desc";
  page: number;
}

export function parseParticipantStatus(value: string | null): ParticipantStatusFilter | undefined {
  return value === "active" || value === "exited" ? value : undefined;
}

/** Reads the state; a sort outside `sorts` (the list's own) falls back to the name. */
export function readParticipantListParams(
  params: URLSearchParams,
  sorts: readonly ParticipantSort[] = PARTICIPANT_SORTS,
): ParticipantListParams {
  const sort = params.get("sort");
  const page = Number(params.get("page") ?? "1");
  return {
    search: params.get("q") ?? "",
    status: parseParticipantStatus(params.get("status")),
    unread: params.get("olast") === "1",
    sort: sorts.find((s) => s === sort) ?? "name",
    direction: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The state as URL parameters, defaults left out. `extra` adds an app's own
 * filters after status and unread, before sort, so that links keep their order.
 */
export function writeParticipantListParams(
  state: ParticipantListParams,
  extra: Record<string, string | undefined> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.status) params.set("status", state.status);
  if (state.unread) params.set("olast", "1");
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.direction !== "asc") params.set("dir", state.direction);
  if (state.page !== 1) params.set("page", String(state.page));
  return params;
}

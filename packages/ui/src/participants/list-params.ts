/** The participant list's state, kept in the URL so that back, reload and links work. */
export const PARTICIPANT_SORTS = ["name", "startDate", "municipality"] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];
export type ParticipantStatus = "active" | "exited";
export type ParticipantScope = "mine" | "office";

export interface ParticipantListParams {
  search: string;
  status: ParticipantStatus | undefined;
  scope: ParticipantScope;
  sort: ParticipantSort;
  direction: "asc" | "desc";
  page: number;
}

export function readListParams(params: URLSearchParams): ParticipantListParams {
  const status = params.get("status");
  const sort = params.get("sort");
  const page = Number(params.get("page") ?? "1");
  return {
    search: params.get("q") ?? "",
    status: status === "active" || status === "exited" ? status : undefined,
    scope: params.get("scope") === "office" ? "office" : "mine",
    sort: (PARTICIPANT_SORTS as readonly string[]).includes(sort ?? "")
      ? (sort as ParticipantSort)
      : "name",
    direction: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeListParams(state: ParticipantListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.status) params.set("status", state.status);
  if (state.scope !== "mine") params.set("scope", state.scope);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.direction !== "asc") params.set("dir", state.direction);
  if (state.page !== 1) params.set("page", String(state.page));
  return params;
}

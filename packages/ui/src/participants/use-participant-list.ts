import type { AppRouter, RouterInputs, RouterOutputs } from "@opis/api";
import { keepPreviousData, type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import { useSearchParamsKeepingProject } from "../project/project-search-params";
import { useTRPC } from "../trpc/client";
import type { ParticipantListParams } from "./participant-list-params";

export type ParticipantList = RouterOutputs["participants"]["list"];
export type ParticipantRow = ParticipantList["items"][number];
/** What an app adds to the query beyond search, status, sort and paging. */
export type ParticipantListInput = Pick<
  RouterInputs["participants"]["list"],
  "projectId" | "scope" | "municipalityCode" | "nextAction" | "priorityGroup"
>;

export const PARTICIPANT_PAGE_SIZE = 50;

export interface ParticipantListState<P extends ParticipantListParams> {
  state: P;
  /** Changes filters or sorting and goes back to the first page. */
  update: (patch: Partial<P>) => void;
  setPage: (page: number) => void;
  query: UseQueryResult<ParticipantList, TRPCClientErrorLike<AppRouter>>;
}

/**
 * A participant list whose state lives in the URL, searched, filtered, sorted
 * and paged on the server. The app says how to read and write its URL and
 * what else the query needs (the officer's scope, a municipality).
 */
export function useParticipantList<P extends ParticipantListParams>({
  read,
  write,
  input,
}: {
  read: (params: URLSearchParams) => P;
  write: (state: P) => URLSearchParams;
  input?: (state: P) => ParticipantListInput;
}): ParticipantListState<P> {
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParamsKeepingProject();
  const state = read(searchParams);
  const query = useQuery({
    ...trpc.participants.list.queryOptions({
      ...input?.(state),
      ...(state.search ? { search: state.search } : {}),
      ...(state.status ? { status: state.status } : {}),
      ...(state.unread ? { unread: true } : {}),
      sort: state.sort,
      direction: state.direction,
      page: state.page,
      pageSize: PARTICIPANT_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  return {
    state,
    update: (patch) => setSearchParams(write({ ...state, page: 1, ...patch })),
    setPage: (page) => setSearchParams(write({ ...state, page })),
    query,
  };
}

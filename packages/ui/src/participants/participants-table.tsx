import type { ColumnDef } from "@tanstack/react-table";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { Checkbox } from "../form/choices";
import { Select } from "../form/select";
import { translateKey } from "../i18n";
import { DataTable } from "../table/data-table";
import { AppliedFilters, TableSearch } from "../table/table-filters";
import { describeClientError } from "../trpc/errors";
import {
  type ParticipantListParams,
  type ParticipantSort,
  parseParticipantStatus,
} from "./participant-list-params";
import {
  PARTICIPANT_PAGE_SIZE,
  type ParticipantListState,
  type ParticipantRow,
} from "./use-participant-list";

export interface ParticipantsTableProps<P extends ParticipantListParams> {
  /** From useParticipantList: the URL state and the server's answer. */
  list: ParticipantListState<P>;
  /** Prefix of the filter fields' ids: `${idPrefix}-search`, `${idPrefix}-status`. */
  idPrefix: string;
  /** Catalog keys of the search field's label and hint and of the applied search filter ({{search}}). */
  searchKeys?: { label: string; hint: string; applied: string };
  columns: ColumnDef<ParticipantRow>[];
  caption: string;
  /** The app's own filters, shown between the search and the status filter. */
  filtersBeforeStatus?: ReactNode;
  /** The app's own filters, shown after the status filter. */
  filtersAfterStatus?: ReactNode;
  /** How the app's own applied filters read ("kommun Kalmar"), after search and status. */
  appliedFilters?: readonly (string | null)[];
  /** What "Rensa filter" resets besides search and status. */
  clearFilters?: Partial<P>;
  /** The empty state when no filter is applied: why it is empty and what to do. */
  emptyNone: ReactNode;
  /** The heading level of the empty state when filters hide every row. */
  emptyHeadingLevel?: 2 | 3;
}

const DEFAULT_SEARCH_KEYS = {
  label: "participants.search",
  hint: "participants.searchHint",
  applied: "participants.filter.search",
};

/**
 * A participant list: search and filters above, what is applied and how to
 * clear it, then the server-sorted, server-paged table with its loading,
 * error and empty states.
 */
export function ParticipantsTable<P extends ParticipantListParams>({
  list: { state, update, setPage, query },
  idPrefix,
  searchKeys = DEFAULT_SEARCH_KEYS,
  columns,
  caption,
  filtersBeforeStatus,
  filtersAfterStatus,
  appliedFilters = [],
  clearFilters,
  emptyNone,
  emptyHeadingLevel = 2,
}: ParticipantsTableProps<P>) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState(state.search);
  // The shared filters change only the fields every list has.
  const change = (patch: Partial<ParticipantListParams>) => update(patch as Partial<P>);

  const applied = [
    state.search ? t(searchKeys.applied, { search: state.search }) : null,
    state.status
      ? t("participants.filter.status", { status: t(`status.${state.status}`).toLowerCase() })
      : null,
    state.unread ? t("participants.filter.unread") : null,
    ...appliedFilters,
  ].filter((f): f is string => f !== null);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    change({ search: searchText.trim() });
  }

  const EmptyHeading = emptyHeadingLevel === 3 ? "h3" : "h2";

  return (
    <>
      <form className="table-filters" onSubmit={submitSearch}>
        <TableSearch
          id={`${idPrefix}-search`}
          label={t(searchKeys.label)}
          hint={t(searchKeys.hint)}
          value={searchText}
          onChange={setSearchText}
        />
        {filtersBeforeStatus}
        <Select
          id={`${idPrefix}-status`}
          label={t("participants.status")}
          value={state.status ?? ""}
          onChange={(event) => change({ status: parseParticipantStatus(event.target.value) })}
          options={[
            { value: "", label: t("participants.status.all") },
            { value: "active", label: t("status.active") },
            { value: "exited", label: t("status.exited") },
          ]}
        />
        {filtersAfterStatus}
        <Checkbox
          id={`${idPrefix}-unread`}
          label={t("participants.unreadOnly")}
          checked={state.unread}
          onChange={(event) => change({ unread: event.target.checked })}
        />
      </form>
      <AppliedFilters
        applied={applied}
        onClear={() => {
          setSearchText("");
          update({ search: "", status: undefined, unread: false, ...clearFilters } as Partial<P>);
        }}
      />
      {query.isError && !query.data ? (
        <Notice kind="error" role="alert">
          <p>{t("participants.loadError")}</p>
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : (
        <DataTable<ParticipantRow>
          caption={caption}
          columns={columns}
          rows={query.data?.items ?? []}
          getRowId={(row) => row.enrolmentId}
          total={query.data?.total ?? 0}
          page={state.page}
          pageSize={PARTICIPANT_PAGE_SIZE}
          sort={{ id: state.sort, desc: state.direction === "desc" }}
          onSortChange={(sort) =>
            change({ sort: sort.id as ParticipantSort, direction: sort.desc ? "desc" : "asc" })
          }
          onPageChange={setPage}
          loading={query.isPending}
          refreshing={query.isFetching}
          empty={
            applied.length > 0 ? (
              <>
                <EmptyHeading>{t("participants.empty.filtered.title")}</EmptyHeading>
                <p>{t("participants.empty.filtered.body")}</p>
              </>
            ) : (
              emptyNone
            )
          }
        />
      )}
    </>
  );
}

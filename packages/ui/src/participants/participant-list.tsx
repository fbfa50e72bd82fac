import type { RouterOutputs } from "@opis/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Notice } from "../feedback/notice";
import { Select } from "../form/select";
import { TextInput } from "../form/text-input";
import { formatDate } from "../format/format";
import { translateKey } from "../i18n";
import { municipalityName } from "../layout/municipality-name";
import { DataTable } from "../table/data-table";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import {
  type ParticipantListParams,
  type ParticipantSort,
  readListParams,
  writeListParams,
} from "./list-params";
import { ParticipantStatusTag } from "./participant-status-tag";

type Row = RouterOutputs["participants"]["list"]["items"][number];

const PAGE_SIZE = 50;

interface ParticipantListProps {
  /** Officers choose between their own participants and the whole office. */
  showScope?: boolean;
  /** Shown when nobody is enrolled at all: why, and what to do. */
  emptyNone: ReactNode;
}

/** Participants with search, status filter, sorting and paging, all done by the server. */
export function ParticipantList({ showScope = false, emptyNone }: ParticipantListProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListParams(searchParams);
  const [searchText, setSearchText] = useState(state.search);

  const update = (patch: Partial<ParticipantListParams>) =>
    setSearchParams(writeListParams({ ...state, page: 1, ...patch }));

  const query = useQuery({
    ...trpc.participants.list.queryOptions({
      ...(showScope ? { scope: state.scope } : {}),
      ...(state.search ? { search: state.search } : {}),
      ...(state.status ? { status: state.status } : {}),
      sort: state.sort,
      direction: state.direction,
      page: state.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        id: "name",
        header: t("participants.col.name"),
        cell: ({ row }) => `${row.original.familyName}, ${row.original.givenName}`,
        meta: { rowHeader: true, sortable: true },
      },
      {
        id: "pin",
        header: t("participants.col.pin"),
        cell: ({ row }) => <span className="tabular">{row.original.maskedPin}</span>,
      },
      {
        id: "municipality",
        header: t("participants.col.municipality"),
        cell: ({ row }) => municipalityName(row.original.municipalityCode),
        meta: { sortable: true },
      },
      {
        id: "startDate",
        header: t("participants.col.startDate"),
        cell: ({ row }) => formatDate(row.original.startDate),
        meta: { sortable: true },
      },
      {
        id: "officer",
        header: t("participants.col.officer"),
        cell: ({ row }) => row.original.officerName,
      },
      {
        id: "coordinator",
        header: t("participants.col.coordinator"),
        cell: ({ row }) => row.original.coordinatorName ?? t("participants.noCoordinator"),
      },
      {
        id: "status",
        header: t("participants.col.status"),
        cell: ({ row }) => <ParticipantStatusTag status={row.original.status} />,
      },
    ],
    [t],
  );

  const applied = [
    state.search ? t("participants.filter.search", { search: state.search }) : null,
    state.status
      ? t("participants.filter.status", { status: t(`status.${state.status}`).toLowerCase() })
      : null,
  ].filter((f): f is string => f !== null);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    update({ search: searchText.trim() });
  }

  return (
    <>
      <form className="table-filters" onSubmit={submitSearch}>
        <TextInput
          id="participant-search"
          label={t("participants.search")}
          hint={t("participants.searchHint")}
          width="w20"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
        />
        <div className="field">
          <button type="submit" className="button button--secondary">
            {t("participants.searchButton")}
          </button>
        </div>
        <Select
          id="participant-status"
          label={t("participants.status")}
          value={state.status ?? ""}
          onChange={(event) => {
            const value = event.target.value;
            update({ status: value === "active" || value === "exited" ? value : undefined });
          }}
          options={[
            { value: "", label: t("participants.status.all") },
            { value: "active", label: t("status.active") },
            { value: "exited", label: t("status.exited") },
          ]}
        />
        {showScope ? (
          <Select
            id="participant-scope"
            label={t("participants.scope")}
            value={state.scope}
            onChange={(event) =>
              update({ scope: event.target.value === "office" ? "office" : "mine" })
            }
            options={[
              { value: "mine", label: t("participants.scope.mine") },
              { value: "office", label: t("participants.scope.office") },
            ]}
          />
        ) : null}
      </form>
      <p className="table-applied">
        {applied.length > 0 ? (
          <>
            {t("table.filtersApplied", { filters: applied.join(", ") })}{" "}
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                setSearchText("");
                update({ search: "", status: undefined });
              }}
            >
              {t("table.clearFilters")}
            </button>
          </>
        ) : (
          t("table.noFilters")
        )}
      </p>
      {query.isError && !query.data ? (
        <Notice kind="error" role="alert">
          <p>{t("participants.loadError")}</p>
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : (
        <DataTable<Row>
          caption={t("participants.caption")}
          columns={columns}
          rows={query.data?.items ?? []}
          getRowId={(row) => row.enrolmentId}
          total={query.data?.total ?? 0}
          page={state.page}
          pageSize={PAGE_SIZE}
          sort={{ id: state.sort, desc: state.direction === "desc" }}
          onSortChange={(sort) =>
            update({ sort: sort.id as ParticipantSort, direction: sort.desc ? "desc" : "asc" })
          }
          onPageChange={(page) => setSearchParams(writeListParams({ ...state, page }))}
          loading={query.isPending}
          refreshing={query.isFetching}
          empty={
            applied.length > 0 ? (
              <>
                <h2>{t("participants.empty.filtered.title")}</h2>
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

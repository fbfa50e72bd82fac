import type { RouterOutputs } from "@opis/api";
import {
  type ColumnDef,
  DataTable,
  describeClientError,
  formatDate,
  keepPreviousData,
  municipalityName,
  NextActionText,
  Notice,
  ParticipantStatusTag,
  Select,
  StatusTag,
  TextInput,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PATHS } from "../paths";
import {
  type CaseloadParams,
  type CaseloadSort,
  PROJECT_MUNICIPALITIES,
  readCaseloadParams,
  writeCaseloadParams,
} from "./caseload-params";

type Row = RouterOutputs["participants"]["list"]["items"][number];

const PAGE_SIZE = 50;

/**
 * The officer's caseload ("Mina deltagare", switchable to the office): search
 * by name or personal number, filters, sorting and paging, all on the server.
 */
export function Caseload({ emptyNone }: { emptyNone: ReactNode }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readCaseloadParams(searchParams);
  const [searchText, setSearchText] = useState(state.search);

  const update = (patch: Partial<CaseloadParams>) =>
    setSearchParams(writeCaseloadParams({ ...state, page: 1, ...patch }));

  const query = useQuery({
    ...trpc.participants.list.queryOptions({
      scope: state.scope,
      ...(state.search ? { search: state.search } : {}),
      ...(state.status ? { status: state.status } : {}),
      ...(state.municipalityCode ? { municipalityCode: state.municipalityCode } : {}),
      sort: state.sort,
      direction: state.direction,
      page: state.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const unread = useQuery(trpc.notes.unread.queryOptions());
  const unreadBy = unread.data?.byEnrolment ?? {};

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        id: "name",
        header: t("participants.col.name"),
        cell: ({ row }) => {
          const count = unreadBy[row.original.enrolmentId] ?? 0;
          return (
            <>
              <Link to={PATHS.participant(row.original.enrolmentId)}>
                {`${row.original.familyName}, ${row.original.givenName}`}
              </Link>
              {count > 0 ? (
                <>
                  {" "}
                  <StatusTag colour="blue">{t("staff.caseload.unread", { n: count })}</StatusTag>
                </>
              ) : null}
            </>
          );
        },
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
        id: "status",
        header: t("participants.col.status"),
        cell: ({ row }) => <ParticipantStatusTag status={row.original.status} />,
      },
      {
        id: "nextAction",
        header: t("staff.caseload.col.nextAction"),
        cell: ({ row }) => <NextActionText action={row.original.nextAction} />,
      },
      ...(state.scope === "office"
        ? [
            {
              id: "officer",
              header: t("participants.col.officer"),
              cell: ({ row }: { row: { original: Row } }) => row.original.officerName,
            } satisfies ColumnDef<Row>,
          ]
        : []),
    ],
    [t, unreadBy, state.scope],
  );

  const applied = [
    state.search ? t("staff.caseload.filter.search", { search: state.search }) : null,
    state.status
      ? t("participants.filter.status", { status: t(`status.${state.status}`).toLowerCase() })
      : null,
    state.municipalityCode
      ? t("staff.caseload.filter.municipality", {
          municipality: municipalityName(state.municipalityCode),
        })
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
          id="caseload-search"
          label={t("staff.caseload.search")}
          hint={t("staff.caseload.searchHint")}
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
          id="caseload-scope"
          label={t("participants.scope")}
          value={state.scope}
          onChange={(event) =>
            update({ scope: event.target.value === "office" ? "office" : "mine" })
          }
          options={[
            { value: "mine", label: t("participants.scope.mine") },
            { value: "office", label: t("staff.caseload.scope.office") },
          ]}
        />
        <Select
          id="caseload-status"
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
        <Select
          id="caseload-municipality"
          label={t("participants.col.municipality")}
          value={state.municipalityCode ?? ""}
          onChange={(event) =>
            update({
              municipalityCode: PROJECT_MUNICIPALITIES.find((c) => c === event.target.value),
            })
          }
          options={[
            { value: "", label: t("staff.caseload.municipality.all") },
            ...PROJECT_MUNICIPALITIES.map((code) => ({
              value: code,
              label: municipalityName(code),
            })),
          ]}
        />
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
                update({ search: "", status: undefined, municipalityCode: undefined });
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
          caption={
            state.scope === "office"
              ? t("staff.caseload.scope.office")
              : t("participants.scope.mine")
          }
          columns={columns}
          rows={query.data?.items ?? []}
          getRowId={(row) => row.enrolmentId}
          total={query.data?.total ?? 0}
          page={state.page}
          pageSize={PAGE_SIZE}
          sort={{ id: state.sort, desc: state.direction === "desc" }}
          onSortChange={(sort) =>
            update({ sort: sort.id as CaseloadSort, direction: sort.desc ? "desc" : "asc" })
          }
          onPageChange={(page) => setSearchParams(writeCaseloadParams({ ...state, page }))}
          loading={query.isPending}
          refreshing={query.isFetching}
          empty={
            applied.length > 0 ? (
              <>
                <h3>{t("participants.empty.filtered.title")}</h3>
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

import type { RouterOutputs } from "@opis/api";
import {
  type ColumnDef,
  DataTable,
  describeClientError,
  formatDate,
  keepPreviousData,
  municipalityName,
  Notice,
  ParticipantStatusTag,
  Select,
  TextInput,
  translateKey,
  useCurrentUser,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";

type Row = RouterOutputs["participants"]["list"]["items"][number];
type Sort = "name" | "startDate" | "municipality";
const PAGE_SIZE = 50;

function readParams(params: URLSearchParams) {
  const status = params.get("status");
  const sort = params.get("sort");
  const page = Number(params.get("page") ?? "1");
  return {
    search: params.get("q") ?? "",
    status: (status === "active" || status === "exited" ? status : undefined) as
      | "active"
      | "exited"
      | undefined,
    sort: (sort === "startDate" || sort === "municipality" ? sort : "name") as Sort,
    direction: params.get("dir") === "desc" ? ("desc" as const) : ("asc" as const),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
type Params = ReturnType<typeof readParams>;

function writeParams(state: Params): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.status) params.set("status", state.status);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.direction !== "asc") params.set("dir", state.direction);
  if (state.page !== 1) params.set("page", String(state.page));
  return params;
}

/** The coordinator's own municipality's participants; the server enforces the scope. */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const municipality = municipalityName(user.municipalityCode);
  const title = t("kommun.participants.title", { municipality });
  useDocumentTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readParams(searchParams);
  const [searchText, setSearchText] = useState(state.search);
  const update = (patch: Partial<Params>) =>
    setSearchParams(writeParams({ ...state, page: 1, ...patch }));

  const query = useQuery({
    ...trpc.participants.list.queryOptions({
      ...(state.search ? { search: state.search } : {}),
      ...(state.status ? { status: state.status } : {}),
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
        cell: ({ row }) => (
          <Link to={`/deltagare/${row.original.enrolmentId}`}>
            {row.original.familyName}, {row.original.givenName}
          </Link>
        ),
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
        id: "status",
        header: t("participants.col.status"),
        cell: ({ row }) => <ParticipantStatusTag status={row.original.status} />,
      },
      {
        id: "unread",
        header: t("kommun.participants.col.unread"),
        cell: ({ row }) => {
          const count = unreadBy[row.original.enrolmentId] ?? 0;
          return count > 0 ? (
            <Link to={`/deltagare/${row.original.enrolmentId}/meddelanden`}>
              {t("kommun.participants.unread", { count })}
            </Link>
          ) : (
            <span className="visually-hidden">{t("kommun.participants.noUnread")}</span>
          );
        },
      },
    ],
    [t, unreadBy],
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
      <h1>{title}</h1>
      <p className="lead">{t("kommun.participants.lead", { municipality })}</p>
      {unread.data && unread.data.total > 0 ? (
        <Notice>
          <p>{t("kommun.participants.unreadNotice", { count: unread.data.total })}</p>
        </Notice>
      ) : null}
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
            update({ sort: sort.id as Sort, direction: sort.desc ? "desc" : "asc" })
          }
          onPageChange={(page) => setSearchParams(writeParams({ ...state, page }))}
          loading={query.isPending}
          refreshing={query.isFetching}
          empty={
            applied.length > 0 ? (
              <>
                <h2>{t("participants.empty.filtered.title")}</h2>
                <p>{t("participants.empty.filtered.body")}</p>
              </>
            ) : (
              <>
                <h2>{t("participants.empty.none.title")}</h2>
                <p>{t("participants.empty.none.bodyKommun")}</p>
              </>
            )
          }
        />
      )}
    </>
  );
}

import { RESOURCE_REQUEST_STATUSES, type ResourceRequestStatus } from "@opis/domain";
import {
  AppliedFilters,
  type ColumnDef,
  ListTable,
  Notice,
  type RequestRow,
  requestColumns,
  Select,
  useQuery,
  useSearchParamsKeepingProject,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useMemo } from "react";
import { Link, useLocation } from "react-router";

import { useDocumentTitle } from "../use-document-title";
import { useOwnParticipants } from "../use-own-participants";

/** The municipality's requests for resource, filtered by status. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("kommun.requests.title"));
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const [params, setParams] = useSearchParamsKeepingProject();
  const raw = params.get("status");
  const status = (RESOURCE_REQUEST_STATUSES as readonly string[]).includes(raw ?? "")
    ? (raw as ResourceRequestStatus)
    : undefined;
  const query = useQuery(trpc.resourceRequests.list.queryOptions(status ? { status } : {}));
  const participants = useOwnParticipants();
  const columns = useMemo<ColumnDef<RequestRow>[]>(() => {
    const column = requestColumns({
      hours: t("kommun.request.hours"),
      created: t("kommun.requests.col.created"),
      status: t("kommun.requests.col.status"),
    });
    return [
      {
        id: "what",
        header: t("kommun.request.what"),
        cell: ({ row: { original: r } }) => (
          <Link to={`/forfragningar/${r.id}`}>
            {r.description.length > 80 ? `${r.description.slice(0, 80)}…` : r.description}
          </Link>
        ),
        meta: { rowHeader: true },
      },
      {
        id: "type",
        header: t("kommun.request.type"),
        cell: ({ row }) => t(`vocab.activityType.${row.original.activityType}`),
      },
      {
        id: "forWhom",
        header: t("kommun.request.forWhom"),
        cell: ({ row: { original: r } }) =>
          r.enrolmentId
            ? (participants.options.find((p) => p.enrolmentId === r.enrolmentId)?.name ??
              t("kommun.requests.oneParticipant"))
            : (r.forWhom ?? "–"),
      },
      column.hours,
      column.created,
      column.status,
    ];
  }, [t, participants.options]);

  return (
    <>
      <h1>{t("kommun.requests.title")}</h1>
      <p className="lead">{t("kommun.requests.lead")}</p>
      {created ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.requests.created")}</p>
        </Notice>
      ) : null}
      <p>
        <Link to="/forfragningar/ny" className="button">
          {t("kommun.requests.new")}
        </Link>
      </p>
      <div className="table-filters">
        <Select
          id="request-status-filter"
          label={t("kommun.requests.filterStatus")}
          value={status ?? ""}
          onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
          options={[
            { value: "", label: t("participants.status.all") },
            ...RESOURCE_REQUEST_STATUSES.map((s) => ({
              value: s,
              label: t(`kommun.requestStatus.${s}`),
            })),
          ]}
        />
      </div>
      <AppliedFilters
        applied={
          status
            ? [
                t("kommun.requests.filter", {
                  status: t(`kommun.requestStatus.${status}`).toLowerCase(),
                }),
              ]
            : []
        }
      />
      <ListTable
        query={query}
        caption={t("kommun.requests.title")}
        columns={columns}
        getRowId={(r) => r.id}
        countKey="kommun.requests.count"
        empty={
          <>
            <h2>
              {status ? t("kommun.requests.emptyFiltered.title") : t("kommun.requests.empty.title")}
            </h2>
            <p>
              {status ? t("kommun.requests.emptyFiltered.body") : t("kommun.requests.empty.body")}
            </p>
          </>
        }
      />
    </>
  );
}

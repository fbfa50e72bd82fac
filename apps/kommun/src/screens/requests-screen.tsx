import { RESOURCE_REQUEST_STATUSES, type ResourceRequestStatus } from "@opis/domain";
import {
  describeClientError,
  formatDate,
  formatNumber,
  Notice,
  RequestStatusTag,
  Select,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, useLocation, useSearchParams } from "react-router";

import { useDocumentTitle } from "../use-document-title";
import { useOwnParticipants } from "../use-own-participants";

/** The municipality's requests for resource, filtered by status. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("kommun.requests.title"));
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = (RESOURCE_REQUEST_STATUSES as readonly string[]).includes(raw ?? "")
    ? (raw as ResourceRequestStatus)
    : undefined;
  const query = useQuery(trpc.resourceRequests.list.queryOptions(status ? { status } : {}));
  const participants = useOwnParticipants();
  const forWhom = (r: { enrolmentId: string | null; forWhom: string | null }) =>
    r.enrolmentId
      ? (participants.options.find((p) => p.enrolmentId === r.enrolmentId)?.name ??
        t("kommun.requests.oneParticipant"))
      : (r.forWhom ?? "–");

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
      <p className="table-applied">
        {status
          ? t("table.filtersApplied", {
              filters: t("kommun.requests.filter", {
                status: t(`kommun.requestStatus.${status}`).toLowerCase(),
              }),
            })
          : t("table.noFilters")}
      </p>
      {query.isPending ? (
        <p role="status">{t("table.loading")}</p>
      ) : query.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : query.data.length === 0 ? (
        <div className="table-empty">
          <h2>
            {status ? t("kommun.requests.emptyFiltered.title") : t("kommun.requests.empty.title")}
          </h2>
          <p>
            {status ? t("kommun.requests.emptyFiltered.body") : t("kommun.requests.empty.body")}
          </p>
        </div>
      ) : (
        <>
          <p className="table-count">{t("kommun.requests.count", { count: query.data.length })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("kommun.requests.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("kommun.request.what")}</th>
                  <th scope="col">{t("kommun.request.type")}</th>
                  <th scope="col">{t("kommun.request.forWhom")}</th>
                  <th scope="col" className="numeric">
                    {t("kommun.request.hours")}
                  </th>
                  <th scope="col">{t("kommun.requests.col.created")}</th>
                  <th scope="col">{t("kommun.requests.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/forfragningar/${r.id}`}>
                        {r.description.length > 80
                          ? `${r.description.slice(0, 80)}…`
                          : r.description}
                      </Link>
                    </th>
                    <td>{t(`vocab.activityType.${r.activityType}`)}</td>
                    <td>{forWhom(r)}</td>
                    <td className="numeric">{r.hours === null ? "–" : formatNumber(r.hours)}</td>
                    <td>
                      {formatDate(r.createdAt)}
                      <span className="field__hint"> {r.requestedByName}</span>
                    </td>
                    <td>
                      <RequestStatusTag status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

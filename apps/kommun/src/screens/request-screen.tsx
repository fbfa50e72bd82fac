import { canTransitionResourceRequest } from "@opis/domain";
import {
  Breadcrumbs,
  ConfirmDialog,
  DateInput,
  describeClientError,
  formatDate,
  formatNumber,
  Notice,
  RequestStatusTag,
  todayIsoDate,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "react-router";

import { useDocumentTitle } from "../use-document-title";
import { useOwnParticipants } from "../use-own-participants";

/** One request for resource: what was asked, its status, the next step and what it produced. */
export function RequestScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const { requestId = "" } = useParams();
  useDocumentTitle(t("kommun.request.title"));
  const list = useQuery(trpc.resourceRequests.list.queryOptions({}));
  const activities = useQuery(trpc.resourceRequests.activities.queryOptions({ id: requestId }));
  const participants = useOwnParticipants();
  const transition = useMutation(trpc.resourceRequests.transition.mutationOptions());
  const [scheduledFor, setScheduledFor] = useState(todayIsoDate());
  const [dateError, setDateError] = useState<string | undefined>();
  const [confirmDone, setConfirmDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  if (list.isPending) return <p role="status">{t("app.loading")}</p>;
  const request = list.data?.find((r) => r.id === requestId);
  if (!request) {
    return (
      <>
        <Breadcrumbs
          items={[
            { to: "/forfragningar", label: t("kommun.requests.title") },
            { label: t("kommun.request.notFound") },
          ]}
        />
        <h1>{t("kommun.request.notFound")}</h1>
        <p>
          {list.isError
            ? translateKey(t, describeClientError(list.error).messageKey)
            : t("kommun.request.notFoundBody")}
        </p>
        <Link to="/forfragningar">{t("kommun.request.back")}</Link>
      </>
    );
  }
  const participantName = request.enrolmentId
    ? participants.options.find((p) => p.enrolmentId === request.enrolmentId)?.name
    : undefined;

  function run(to: "scheduled" | "done") {
    setError(null);
    setStatus("");
    transition.mutate(
      { id: requestId, transition: to === "scheduled" ? { to, scheduledFor } : { to } },
      {
        onSuccess: async () => {
          setConfirmDone(false);
          setStatus(t(`kommun.request.changed.${to}`));
          await queryClient.invalidateQueries({ queryKey: trpc.resourceRequests.pathKey() });
        },
        onError: (e) => {
          setConfirmDone(false);
          setError(translateKey(t, describeClientError(e).messageKey));
        },
      },
    );
  }

  function schedule(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(scheduledFor.trim())) {
      setDateError(t("validation.date.invalid"));
      return;
    }
    setDateError(undefined);
    run("scheduled");
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/forfragningar", label: t("kommun.requests.title") },
          { label: t("kommun.request.title") },
        ]}
      />
      <h1>{t("kommun.request.title")}</h1>
      {created ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.requests.created")}</p>
        </Notice>
      ) : null}
      {error ? (
        <Notice kind="error" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <p role="status" className="saved-indicator">
        {status}
      </p>
      <dl className="summary-list">
        <dt>{t("kommun.requests.col.status")}</dt>
        <dd>
          <RequestStatusTag status={request.status} />
        </dd>
        <dt>{t("kommun.request.type")}</dt>
        <dd>{t(`vocab.activityType.${request.activityType}`)}</dd>
        <dt>{t("kommun.request.what")}</dt>
        <dd>{request.description}</dd>
        <dt>{t("kommun.request.hours")}</dt>
        <dd>{request.hours === null ? "–" : formatNumber(request.hours)}</dd>
        <dt>{t("kommun.request.forWhom")}</dt>
        <dd>
          {request.enrolmentId ? (
            <Link to={`/deltagare/${request.enrolmentId}`}>
              {participantName ?? t("kommun.requests.oneParticipant")}
            </Link>
          ) : (
            request.forWhom
          )}
        </dd>
        <dt>{t("kommun.request.reason")}</dt>
        <dd>{request.reason}</dd>
        <dt>{t("kommun.requests.col.created")}</dt>
        <dd>
          {formatDate(request.createdAt)}, {request.requestedByName}
        </dd>
        {request.declineReason ? (
          <>
            <dt>{t("kommun.request.declineReason")}</dt>
            <dd>{request.declineReason}</dd>
          </>
        ) : null}
        {request.scheduledFor ? (
          <>
            <dt>{t("kommun.request.scheduledFor")}</dt>
            <dd>{request.scheduledFor}</dd>
          </>
        ) : null}
      </dl>
      {request.status === "submitted" ? <p>{t("kommun.request.waiting")}</p> : null}
      {canTransitionResourceRequest(request.status, "scheduled") ? (
        <form className="form" onSubmit={schedule} noValidate>
          <h2>{t("kommun.request.scheduleTitle")}</h2>
          <DateInput
            id="request-scheduledFor"
            label={t("kommun.request.scheduledFor")}
            hint={t("form.dateHint")}
            value={scheduledFor}
            error={dateError}
            onChange={(event) => setScheduledFor(event.target.value)}
          />
          <button type="submit" className="button" disabled={transition.isPending}>
            {t("kommun.request.schedule")}
          </button>
        </form>
      ) : null}
      {canTransitionResourceRequest(request.status, "done") ? (
        <p>
          <button type="button" className="button" onClick={() => setConfirmDone(true)}>
            {t("kommun.request.done")}
          </button>
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmDone}
        title={t("kommun.request.confirmDone.title")}
        confirmLabel={t("kommun.request.done")}
        busy={transition.isPending}
        onConfirm={() => run("done")}
        onCancel={() => setConfirmDone(false)}
      >
        <p>{t("kommun.request.confirmDone.body")}</p>
      </ConfirmDialog>
      <h2>{t("kommun.request.activities")}</h2>
      {activities.isPending ? (
        <p role="status">{t("app.loading")}</p>
      ) : (activities.data ?? []).length === 0 ? (
        <p>{t("kommun.request.activitiesNone")}</p>
      ) : (
        <ul>
          {(activities.data ?? []).map((a) => (
            <li key={a.id}>
              {a.title} ({t(`vocab.activityType.${a.type}`)}, {a.startDate})
            </li>
          ))}
        </ul>
      )}
      {request.enrolmentId && (request.status === "accepted" || request.status === "scheduled") ? (
        <p>
          <Link to={`/deltagare/${request.enrolmentId}/insatser/ny?forfragan=${request.id}`}>
            {t("kommun.request.registerActivity")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

import { canTransitionResourceRequest } from "@opis/domain";
import {
  type ColumnDef,
  DateInput,
  describeClientError,
  ListTable,
  municipalityName,
  Notice,
  RadioGroup,
  type RequestRow,
  requestColumns,
  Textarea,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useMemo, useState } from "react";
import { useDocumentTitle } from "../use-document-title";

type Decision = "accepted" | "declined" | "scheduled";
const DECISIONS: readonly Decision[] = ["accepted", "declined", "scheduled"];

/** AF's decision on one request: accept, decline with a reason, or schedule. */
function DecisionForm({ request, onDone }: { request: RequestRow; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allowed = DECISIONS.filter((d) => canTransitionResourceRequest(request.status, d));
  const [decision, setDecision] = useState<Decision | undefined>(allowed[0]);
  const [reason, setReason] = useState("");
  const [date, setDate] = useState("");
  const mutation = useMutation(
    trpc.resourceRequests.transition.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.resourceRequests.list.queryKey() });
        onDone();
      },
    }),
  );
  if (allowed.length === 0) return <p>{t("staff.requests.final")}</p>;
  const fieldErrors = mutation.error ? describeClientError(mutation.error).fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    const transition =
      decision === "declined"
        ? { to: decision, reason }
        : decision === "scheduled"
          ? { to: decision, scheduledFor: date }
          : { to: decision };
    mutation.mutate({ id: request.id, transition });
  };
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("staff.requests.decide", { what: request.description })}</h2>
      {mutation.error ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(mutation.error).messageKey)}</p>
        </Notice>
      ) : null}
      <RadioGroup
        id="request-decision"
        name="decision"
        label={t("staff.requests.decision")}
        options={allowed.map((d) => ({ value: d, label: t(`staff.requests.decision.${d}`) }))}
        value={decision}
        onChange={(value) => setDecision(value as Decision)}
      />
      {decision === "declined" ? (
        <Textarea
          id="request-reason"
          label={t("staff.requests.reason")}
          hint={t("staff.requests.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={
            fieldErrors["transition.reason"]?.[0]
              ? translateKey(t, fieldErrors["transition.reason"][0])
              : undefined
          }
          rows={3}
        />
      ) : null}
      {decision === "scheduled" ? (
        <DateInput
          id="request-date"
          label={t("staff.requests.scheduledFor")}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={
            fieldErrors["transition.scheduledFor"]?.[0]
              ? translateKey(t, fieldErrors["transition.scheduledFor"][0])
              : undefined
          }
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {t("staff.requests.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("staff.requests.cancel")}
        </button>
      </div>
    </form>
  );
}

/**
 * Requests for resource from the project's municipalities: AF decides on
 * them (accept, or decline with a reason) and schedules the accepted ones.
 */
export function RequestsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  useDocumentTitle(t("staff.requests.title"));
  const query = useQuery(trpc.resourceRequests.list.queryOptions({}));
  const [selected, setSelected] = useState<RequestRow | null>(null);
  const [saved, setSaved] = useState(false);
  const columns = useMemo<ColumnDef<RequestRow>[]>(() => {
    const column = requestColumns(
      {
        hours: t("staff.requests.col.hours"),
        created: t("staff.requests.col.created"),
        status: t("staff.requests.col.status"),
      },
      { statusDetails: true },
    );
    return [
      {
        id: "what",
        header: t("staff.requests.col.what"),
        cell: ({ row: { original: r } }) => (
          <>
            {r.description}
            <span className="field__hint"> {t(`vocab.activityType.${r.activityType}`)}</span>
          </>
        ),
        meta: { rowHeader: true },
      },
      {
        id: "municipality",
        header: t("staff.requests.col.municipality"),
        cell: ({ row }) => municipalityName(row.original.municipalityCode),
      },
      {
        id: "forWhom",
        header: t("staff.requests.col.forWhom"),
        cell: ({ row: { original: r } }) =>
          r.forWhom ?? (r.enrolmentId ? t("staff.requests.oneParticipant") : "–"),
      },
      column.hours,
      column.created,
      column.status,
      {
        id: "action",
        header: t("staff.requests.col.action"),
        cell: ({ row: { original: r } }) =>
          DECISIONS.some((d) => canTransitionResourceRequest(r.status, d)) ? (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t("staff.requests.handleLabel", { what: r.description })}
              onClick={() => {
                setSaved(false);
                setSelected(r);
              }}
            >
              {t("staff.requests.handle")}
            </button>
          ) : null,
      },
    ];
  }, [t]);

  return (
    <>
      <h1>{t("staff.requests.title")}</h1>
      <p className="lead">{t("staff.requests.lead")}</p>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("staff.requests.saved")}</p>
        </Notice>
      ) : null}
      <ListTable
        query={query}
        caption={t("staff.requests.title")}
        columns={columns}
        getRowId={(r) => r.id}
        empty={
          <>
            <h2>{t("staff.requests.empty.title")}</h2>
            <p>{t("staff.requests.empty.body")}</p>
          </>
        }
      />
      {selected ? (
        <DecisionForm
          key={selected.id}
          request={selected}
          onDone={() => {
            setSelected(null);
            setSaved(true);
          }}
        />
      ) : null}
    </>
  );
}

import type { RouterOutputs } from "@opis/api";
import {
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_SOURCES,
  type FollowUpRecord,
  FollowUpRecordSchema,
  type FollowUpStatus,
  validateFollowUpRecord,
} from "@opis/domain";
import {
  Breadcrumbs,
  CaseLoadError,
  CaseLoading,
  Checkbox,
  DateInput,
  ErrorSummary,
  formatDate,
  Notice,
  RadioGroup,
  todayIsoDate,
  translateKey,
  useMutation,
  useProjectDefinition,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { FollowUpStatusTag, FollowUpWindowText, windowFor } from "../case/follow-up-status";
import { checkForm, serverSummaryErrors, useSummaryErrors } from "../case/form-errors";
import { PATHS } from "../paths";
import { useDocumentTitle } from "../use-document-title";

type Item = RouterOutputs["followUps"]["list"]["items"][number];

const FIELD_IDS: Record<keyof FollowUpRecord, string> = {
  outcome: "follow-up-outcome",
  source: "follow-up-source",
  recordedOn: "follow-up-date",
};

/** One follow-up at /uppfoljning/:followUpId: the record form, or what was recorded. */
export function FollowUpRecordScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { followUpId = "" } = useParams();
  const open = useQuery(
    trpc.followUps.list.queryOptions({ scope: "office", view: "open", horizonDays: 365 }),
  );
  const recorded = useQuery(
    trpc.followUps.list.queryOptions({ scope: "office", view: "recorded" }),
  );
  const [result, setResult] = useState<{ status: FollowUpStatus; item: Item } | null>(null);
  const item =
    result?.item ??
    [...(open.data?.items ?? []), ...(recorded.data?.items ?? [])].find(
      (f) => f.followUpId === followUpId,
    );
  const name = item ? `${item.givenName} ${item.familyName}` : "";
  useDocumentTitle(name ? t("staff.followUp.title", { name }) : t("staff.followUps.title"));

  const crumbs = (
    <Breadcrumbs
      items={[
        { to: PATHS.home, label: t("staff.nav.home") },
        { to: PATHS.followUps, label: t("staff.nav.followUps") },
        { label: name || t("app.loading") },
      ]}
    />
  );

  if (!result && (open.isPending || recorded.isPending)) {
    return (
      <>
        {crumbs}
        <CaseLoading />
      </>
    );
  }
  if (!result && (open.isError || recorded.isError)) {
    return (
      <>
        {crumbs}
        <h1>{t("staff.followUps.loadError")}</h1>
        <CaseLoadError
          title={t("staff.followUps.loadError")}
          error={open.error ?? recorded.error}
        />
      </>
    );
  }
  if (!item) {
    return (
      <>
        {crumbs}
        <h1>{t("staff.followUp.notFound")}</h1>
        <Notice kind="error">
          <p>{t("errors.followUp.notFound")}</p>
        </Notice>
        <Link to={PATHS.followUps}>{t("staff.followUp.back")}</Link>
      </>
    );
  }

  return (
    <>
      {crumbs}
      <h1>{t("staff.followUp.title", { name })}</h1>
      <dl className="summary-list">
        <dt>{t("staff.followUps.col.exit")}</dt>
        <dd>
          {formatDate(item.exitDate)} – {t(`vocab.exitReason.${item.exitReason}`)}
        </dd>
        <dt>{t("staff.followUp.dueDate")}</dt>
        <dd>
          {formatDate(item.dueDate)}
          <FollowUpWindowText exitDate={item.exitDate} dueDate={item.dueDate} />
        </dd>
        <dt>{t("staff.followUps.col.status")}</dt>
        <dd>
          <FollowUpStatusTag status={result?.status ?? item.status} />
        </dd>
      </dl>
      {result ? (
        <RecordedNotice status={result.status} enrolmentId={item.enrolmentId} />
      ) : item.recordedOn ? (
        <>
          <p>
            {t("staff.exit.followUpRecorded", {
              date: formatDate(item.recordedOn),
              outcome: item.outcome ? t(`vocab.followUpOutcome.${item.outcome}`) : "",
            })}
          </p>
          <Link to={PATHS.participantSection(item.enrolmentId, "avslut")}>
            {t("staff.followUp.toParticipant")}
          </Link>
        </>
      ) : (
        <FollowUpForm item={item} onRecorded={(status) => setResult({ status, item })} />
      )}
    </>
  );
}

function RecordedNotice({ status, enrolmentId }: { status: FollowUpStatus; enrolmentId: string }) {
  const { t } = useTranslation();
  const outside = status === "recordedOutsideWindow";
  return (
    <Notice kind={outside ? "info" : "success"} role="status">
      <h2>{t("staff.followUp.saved.title")}</h2>
      <p>{outside ? t("staff.followUp.saved.outside") : t("staff.followUp.saved.onTime")}</p>
      <p>
        <Link to={PATHS.followUps}>{t("staff.followUp.back")}</Link>
        {" · "}
        <Link to={PATHS.participantSection(enrolmentId, "avslut")}>
          {t("staff.followUp.toParticipant")}
        </Link>
      </p>
    </Notice>
  );
}

function FollowUpForm({
  item,
  onRecorded,
}: {
  item: Item;
  onRecorded: (status: FollowUpStatus) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayIsoDate();
  const [outcome, setOutcome] = useState("");
  const [source, setSource] = useState("");
  const [recordedOn, setRecordedOn] = useState(today);
  // Outside the window the result does not count towards the goal: the user confirms first.
  const [confirmOutside, setConfirmOutside] = useState(false);
  const { errors, focusToken, errorFor, show } = useSummaryErrors();
  const window = windowFor(item.exitDate, item.dueDate, useProjectDefinition());
  const translate = (key: string) => translateKey(t, key);

  const date = recordedOn.trim();
  const outside =
    window && /^\d{4}-\d{2}-\d{2}$/.test(date) && (date < window.opensOn || date > window.closesOn);

  const record = useMutation(
    trpc.followUps.record.mutationOptions({
      onSuccess: async (result) => {
        onRecorded(result.status);
        await Promise.all(
          [
            trpc.followUps.list.queryKey(),
            trpc.todo.list.queryKey(),
            trpc.participants.list.queryKey(),
            trpc.participants.get.queryKey({ enrolmentId: item.enrolmentId }),
            trpc.participants.timeline.queryKey({ enrolmentId: item.enrolmentId }),
          ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        );
      },
      onError: (error) => show(serverSummaryErrors(error, "record", FIELD_IDS, translate)),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: list, data } = checkForm({
      parsed: FollowUpRecordSchema.safeParse({ outcome, source, recordedOn: date }),
      rules: (record) => validateFollowUpRecord(record, { exitDate: item.exitDate, today }),
      fieldIds: FIELD_IDS,
      requiredKeys: {
        outcome: "staff.followUp.outcomeRequired",
        source: "staff.followUp.sourceRequired",
      },
      translate,
    });
    if (data && outside && !confirmOutside) {
      list.push({
        id: "follow-up-confirm-outside",
        message: translate("validation.followUp.recordedOn.outsideWindow"),
      });
    }
    show(list);
    if (data && list.length === 0) {
      record.mutate({
        followUpId: item.followUpId,
        record: data,
        confirmOutsideWindow: Boolean(outside && confirmOutside),
      });
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <h2>{t("staff.followUp.formTitle")}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id={FIELD_IDS.outcome}
          name="followUpOutcome"
          label={t("staff.followUp.outcome")}
          hint={t("staff.followUp.outcomeHint")}
          error={errorFor(FIELD_IDS.outcome)}
          value={outcome}
          onChange={setOutcome}
          options={FOLLOW_UP_OUTCOMES.map((o) => ({
            value: o,
            label: t(`vocab.followUpOutcome.${o}`),
          }))}
        />
        <RadioGroup
          id={FIELD_IDS.source}
          name="followUpSource"
          label={t("staff.followUp.source")}
          error={errorFor(FIELD_IDS.source)}
          value={source}
          onChange={setSource}
          options={FOLLOW_UP_SOURCES.map((s) => ({
            value: s,
            label: t(`vocab.followUpSource.${s}`),
          }))}
        />
        <DateInput
          id={FIELD_IDS.recordedOn}
          label={t("staff.followUp.date")}
          hint={t("staff.followUp.dateHint", { exit: formatDate(item.exitDate) })}
          error={errorFor(FIELD_IDS.recordedOn)}
          value={recordedOn}
          onChange={(event) => setRecordedOn(event.target.value)}
        />
        <div aria-live="polite">
          {outside && window ? (
            <Notice kind="info">
              <p data-testid="outside-window">
                {t("staff.followUp.outsideWarning", {
                  opens: formatDate(window.opensOn),
                  closes: formatDate(window.closesOn),
                })}
              </p>
              <Checkbox
                id="follow-up-confirm-outside"
                label={t("staff.followUp.confirmOutside")}
                error={errorFor("follow-up-confirm-outside")}
                checked={confirmOutside}
                onChange={(event) => setConfirmOutside(event.target.checked)}
              />
            </Notice>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={record.isPending}>
          {t("staff.followUp.submit")}
        </button>
      </form>
    </>
  );
}

import {
  EXIT_REASONS,
  EXIT_STATUSES,
  type ExitRecord,
  ExitRecordSchema,
  followUpWindow,
  type ProjectDefinition,
  validateExit,
} from "@opis/domain";
import {
  CaseLoadError,
  CaseLoading,
  type CaseParticipant,
  ConfirmDialog,
  DateInput,
  ErrorSummary,
  formatDate,
  Notice,
  participantName,
  RadioGroup,
  Textarea,
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
import { Link } from "react-router";
import { PATHS } from "../paths";
import { FollowUpStatusTag, FollowUpWindowText } from "./follow-up-status";
import { checkForm, serverSummaryErrors, useSummaryErrors } from "./form-errors";

const FIELD_IDS: Record<keyof ExitRecord, string> = {
  exitDate: "exit-date",
  reason: "exit-reason",
  status: "exit-status",
  gainedQualification: "exit-qualification",
  note: "exit-note",
};

interface ExitDraft {
  exitDate: string;
  reason: string;
  status: string;
  gainedQualification: "" | "yes" | "no";
  note: string;
}

/** The follow-ups the project's rules schedule for an exit like this one. */
function scheduledFor(
  project: Pick<ProjectDefinition, "followUpRules"> | undefined,
  exit: Pick<ExitRecord, "exitDate" | "reason">,
) {
  return (project?.followUpRules ?? [])
    .filter((rule) => rule.appliesTo === "allExits" || exit.reason === "completed")
    .map((rule) => followUpWindow(rule, exit.exitDate));
}

/** The exit tab: the form while the participation runs, the exit and its follow-up after. */
export function ExitSection({ participant }: { participant: CaseParticipant }) {
  const [justExited, setJustExited] = useState(false);
  if (participant.status === "active") {
    return <ExitForm participant={participant} onExited={() => setJustExited(true)} />;
  }
  return <ExitDone participant={participant} justExited={justExited} />;
}

function ExitForm({
  participant,
  onExited,
}: {
  participant: CaseParticipant;
  onExited: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const project = useProjectDefinition(participant.projectId);
  const today = todayIsoDate();
  const [draft, setDraft] = useState<ExitDraft>({
    exitDate: today,
    reason: "",
    status: "",
    gainedQualification: "",
    note: "",
  });
  const { errors, focusToken, errorFor, show } = useSummaryErrors();
  const [confirming, setConfirming] = useState<ExitRecord | null>(null);
  const name = participantName(participant);
  const translate = (key: string) => translateKey(t, key);
  const update = (patch: Partial<ExitDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const record = useMutation(
    trpc.exits.record.mutationOptions({
      onSuccess: async () => {
        setConfirming(null);
        onExited();
        const enrolmentId = participant.enrolmentId;
        await Promise.all(
          [
            trpc.participants.get.queryKey({ enrolmentId }),
            trpc.participants.timeline.queryKey({ enrolmentId }),
            trpc.participants.list.queryKey(),
            trpc.exits.get.queryKey({ enrolmentId }),
            trpc.followUps.list.queryKey(),
            trpc.todo.list.queryKey(),
            trpc.plans.get.queryKey({ enrolmentId }),
          ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        );
      },
      onError: (error) => {
        setConfirming(null);
        show(serverSummaryErrors(error, "exit", FIELD_IDS, translate));
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: list, data } = checkForm({
      parsed: ExitRecordSchema.safeParse({
        exitDate: draft.exitDate.trim(),
        reason: draft.reason,
        status: draft.status,
        gainedQualification:
          draft.gainedQualification === "" ? undefined : draft.gainedQualification === "yes",
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      }),
      rules: (exit) => validateExit(exit, { startDate: participant.startDate, today }),
      fieldIds: FIELD_IDS,
      requiredKeys: { reason: "case.exit.reasonRequired", status: "case.exit.statusRequired" },
      translate,
    });
    show(list);
    if (data) setConfirming(data);
  }

  const scheduled = confirming ? scheduledFor(project, confirming) : [];

  return (
    <>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <p className="lead">{t("staff.exit.lead")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <DateInput
          id={FIELD_IDS.exitDate}
          label={t("staff.exit.date")}
          hint={t("staff.exit.dateHint", { start: formatDate(participant.startDate) })}
          error={errorFor(FIELD_IDS.exitDate)}
          value={draft.exitDate}
          onChange={(event) => update({ exitDate: event.target.value })}
        />
        <RadioGroup
          id={FIELD_IDS.reason}
          name="exitReason"
          label={t("staff.exit.reason")}
          hint={t("staff.exit.reasonHint")}
          error={errorFor(FIELD_IDS.reason)}
          value={draft.reason}
          onChange={(value) => update({ reason: value })}
          options={EXIT_REASONS.map((r) => ({ value: r, label: t(`vocab.exitReason.${r}`) }))}
        />
        <RadioGroup
          id={FIELD_IDS.status}
          name="exitStatus"
          label={t("staff.exit.status")}
          hint={t("staff.exit.statusHint")}
          error={errorFor(FIELD_IDS.status)}
          value={draft.status}
          onChange={(value) => update({ status: value })}
          options={EXIT_STATUSES.map((s) => ({ value: s, label: t(`vocab.exitStatus.${s}`) }))}
        />
        <RadioGroup
          id={FIELD_IDS.gainedQualification}
          name="exitQualification"
          label={t("staff.exit.qualification")}
          hint={t("staff.exit.qualificationHint")}
          error={errorFor(FIELD_IDS.gainedQualification)}
          inline
          value={draft.gainedQualification}
          onChange={(value) => update({ gainedQualification: value === "yes" ? "yes" : "no" })}
          options={[
            { value: "yes", label: t("form.yes") },
            { value: "no", label: t("form.no") },
          ]}
        />
        <Textarea
          id={FIELD_IDS.note}
          label={`${t("staff.exit.note")} ${t("form.optional")}`}
          error={errorFor(FIELD_IDS.note)}
          rows={4}
          value={draft.note}
          onChange={(event) => update({ note: event.target.value })}
        />
        <button type="submit" className="button button--warning" disabled={record.isPending}>
          {t("staff.exit.submit")}
        </button>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t("staff.exit.confirm.title", { name })}
        confirmLabel={t("staff.exit.confirm.confirm")}
        destructive
        busy={record.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) record.mutate({ enrolmentId: participant.enrolmentId, exit: confirming });
        }}
      >
        {confirming ? (
          <>
            <p>
              {t("staff.exit.confirm.body", {
                date: formatDate(confirming.exitDate),
                reason: t(`vocab.exitReason.${confirming.reason}`).toLowerCase(),
                status: t(`vocab.exitStatus.${confirming.status}`).toLowerCase(),
              })}
            </p>
            {scheduled.map((w) => (
              <p key={w.dueDate}>
                {t("staff.exit.confirm.followUp", {
                  due: formatDate(w.dueDate),
                  opens: formatDate(w.opensOn),
                  closes: formatDate(w.closesOn),
                })}
              </p>
            ))}
            <p>
              <strong>{t("staff.exit.confirm.irreversible")}</strong>
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function ExitDone({
  participant,
  justExited,
}: {
  participant: CaseParticipant;
  justExited: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const enrolmentId = participant.enrolmentId;
  const exit = useQuery(trpc.exits.get.queryOptions({ enrolmentId }));
  const open = useQuery(
    trpc.followUps.list.queryOptions({ scope: "office", view: "open", horizonDays: 365 }),
  );
  const recorded = useQuery(
    trpc.followUps.list.queryOptions({ scope: "office", view: "recorded", horizonDays: 365 }),
  );

  if (exit.isPending) return <CaseLoading />;
  if (exit.isError) return <CaseLoadError title={t("staff.exit.loadError")} error={exit.error} />;
  const e = exit.data;
  const followUps = [...(open.data?.items ?? []), ...(recorded.data?.items ?? [])].filter(
    (f) => f.enrolmentId === enrolmentId,
  );

  return (
    <>
      {justExited ? (
        <Notice kind="success" role="status">
          <h3>{t("staff.exit.done.title", { name: participantName(participant) })}</h3>
          <p>{t("staff.exit.done.body")}</p>
        </Notice>
      ) : null}
      {e ? (
        <dl className="summary-list" data-testid="exit-summary">
          <dt>{t("staff.exit.date")}</dt>
          <dd>{formatDate(e.exitDate)}</dd>
          <dt>{t("staff.exit.reason")}</dt>
          <dd>{t(`vocab.exitReason.${e.reason}`)}</dd>
          <dt>{t("staff.exit.status")}</dt>
          <dd>{t(`vocab.exitStatus.${e.status}`)}</dd>
          <dt>{t("staff.exit.qualification")}</dt>
          <dd>{e.gainedQualification ? t("form.yes") : t("form.no")}</dd>
          {e.note ? (
            <>
              <dt>{t("staff.exit.note")}</dt>
              <dd>{e.note}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("staff.exit.none")}</p>
      )}
      <h3>{t("staff.exit.followUps")}</h3>
      {open.isPending || recorded.isPending ? (
        <CaseLoading />
      ) : open.isError || recorded.isError ? (
        <CaseLoadError
          title={t("staff.followUps.loadError")}
          error={open.error ?? recorded.error}
        />
      ) : followUps.length === 0 ? (
        <p>{t("staff.exit.noFollowUps")}</p>
      ) : (
        <ul className="todo-list" data-testid="exit-follow-ups">
          {followUps.map((f) => (
            <li key={f.followUpId}>
              <FollowUpStatusTag status={f.status} />{" "}
              {t("staff.exit.followUpDue", { date: formatDate(f.dueDate) })}
              <FollowUpWindowText exitDate={f.exitDate} dueDate={f.dueDate} />
              {f.recordedOn ? (
                <>
                  {" "}
                  {t("staff.exit.followUpRecorded", {
                    date: formatDate(f.recordedOn),
                    outcome: f.outcome ? t(`vocab.followUpOutcome.${f.outcome}`) : "",
                  })}
                </>
              ) : (
                <>
                  {" "}
                  <Link to={PATHS.followUp(f.followUpId)}>{t("staff.exit.recordFollowUp")}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import { type WorkAvailabilityChange, workAvailabilityChangeSchemaFor } from "@opis/domain";
import {
  type CaseParticipant,
  DateInput,
  ErrorSummary,
  formatDate,
  Notice,
  NumberInput,
  parseLocaleNumber,
  Textarea,
  translateKey,
  useMutation,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useState } from "react";
import { checkForm, serverSummaryErrors, useSummaryErrors } from "./form-errors";

const FIELD_IDS: Record<keyof WorkAvailabilityChange, string> = {
  percent: "work-availability-percent",
  until: "work-availability-until",
  reason: "work-availability-reason",
};

interface Draft {
  percent: string;
  until: string;
  reason: string;
}

/**
 * The participant's work availability (arbetsutbud) on the overview: what it is and,
 * while the participation runs, a small form to record when it ends or change it.
 * The form checks with the domain's schema, the same the API answers with.
 */
export function WorkAvailabilitySection({ participant }: { participant: CaseParticipant }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = {
    percent: participant.workAvailabilityPercent,
    until: participant.workAvailabilityUntil,
  };
  const [draft, setDraft] = useState<Draft>({
    percent: String(current.percent),
    until: current.until ?? "",
    reason: "",
  });
  const { errors, focusToken, errorFor, show } = useSummaryErrors();
  const translate = (key: string) => translateKey(t, key);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const percent = parseLocaleNumber(draft.percent.trim());
  const percentChanged = percent !== current.percent;

  const save = useMutation(
    trpc.participants.setWorkAvailability.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        setSaved(true);
        const enrolmentId = participant.enrolmentId;
        await Promise.all(
          [
            trpc.participants.get.queryKey({ enrolmentId }),
            trpc.participants.timeline.queryKey({ enrolmentId }),
            trpc.todo.list.queryKey(),
          ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        );
      },
      onError: (error) =>
        show(serverSummaryErrors(error, "workAvailability", FIELD_IDS, translate)),
    }),
  );

  function open() {
    setDraft({ percent: String(current.percent), until: current.until ?? "", reason: "" });
    show([]);
    setSaved(false);
    setEditing(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: list, data } = checkForm({
      parsed: workAvailabilityChangeSchemaFor({
        startDate: participant.startDate,
        previous: current,
      }).safeParse({
        percent,
        until: draft.until.trim() === "" ? null : draft.until.trim(),
        ...(percentChanged && draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
      }),
      rules: () => [],
      fieldIds: FIELD_IDS,
      translate,
    });
    show(list);
    if (data) save.mutate({ enrolmentId: participant.enrolmentId, workAvailability: data });
  }

  return (
    <section aria-labelledby="work-availability-title" data-testid="work-availability-section">
      <h2 id="work-availability-title">{t("staff.workAvailability.title")}</h2>
      <p className="secondary-text">{t("staff.workAvailability.lead")}</p>
      <p>
        {current.until
          ? t("case.header.workAvailabilityUntil", {
              percent: current.percent,
              date: formatDate(current.until),
            })
          : `${t("case.header.workAvailabilityValue", { percent: current.percent })} ${t(
              "staff.workAvailability.openEnded",
            )}`}
      </p>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("staff.workAvailability.saved")}</p>
        </Notice>
      ) : null}
      {participant.status !== "active" ? null : editing ? (
        <>
          <ErrorSummary errors={errors} focusToken={focusToken} />
          <form className="form" onSubmit={submit} noValidate>
            <NumberInput
              id={FIELD_IDS.percent}
              label={t("staff.workAvailability.percent")}
              hint={t("staff.workAvailability.percentHint")}
              error={errorFor(FIELD_IDS.percent)}
              suffix="%"
              value={draft.percent}
              onChange={(event) => update({ percent: event.target.value })}
            />
            <DateInput
              id={FIELD_IDS.until}
              label={t("staff.workAvailability.until")}
              optional
              hint={t("staff.workAvailability.untilHint", {
                start: formatDate(participant.startDate),
              })}
              error={errorFor(FIELD_IDS.until)}
              value={draft.until}
              onChange={(event) => update({ until: event.target.value })}
            />
            {percentChanged ? (
              <Textarea
                id={FIELD_IDS.reason}
                label={t("staff.workAvailability.reason")}
                hint={t("staff.workAvailability.reasonHint")}
                error={errorFor(FIELD_IDS.reason)}
                rows={3}
                value={draft.reason}
                onChange={(event) => update({ reason: event.target.value })}
              />
            ) : null}
            <div className="button-group">
              <button type="submit" className="button" disabled={save.isPending}>
                {t("staff.workAvailability.save")}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  show([]);
                  setEditing(false);
                }}
              >
                {t("staff.workAvailability.cancel")}
              </button>
            </div>
          </form>
        </>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={open}>
            {t("staff.workAvailability.edit")}
          </button>
        </p>
      )}
    </section>
  );
}

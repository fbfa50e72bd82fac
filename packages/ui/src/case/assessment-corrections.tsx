import type { RouterOutputs } from "@opis/api";
import { ASSESSMENT_PHASES, type AssessmentPhase } from "@opis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { Select } from "../form/select";
import { DateInput, NumberInput, Textarea } from "../form/text-input";
import { formatDate, formatTime } from "../format/format";
import { translateKey } from "../i18n";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import { CaseLoadError, CaseLoading } from "./case-states";

type AssessmentData = RouterOutputs["assessments"]["list"];
type Assessment = AssessmentData["assessments"][number];
type Instrument = AssessmentData["instruments"][number];
type Correction = RouterOutputs["corrections"]["list"][number];

/** How a stored assessment reads: the value, or the life wheel's areas. */
function valueText(record: { value?: unknown; areaValues?: unknown }): string {
  if (typeof record.value === "number") return String(record.value);
  if (record.areaValues && typeof record.areaValues === "object") {
    return Object.values(record.areaValues as Record<string, number>).join(", ");
  }
  return "–";
}

/**
 * The participant's saved assessments, each correctable (value, date, phase)
 * or withdrawable with a mandatory reason, and the history of those changes:
 * the old value, who changed it, when and why.
 */
export function AssessmentCorrections({ enrolmentId }: { enrolmentId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  const trpc = useTRPC();
  const data = useQuery(trpc.assessments.list.queryOptions({ enrolmentId }));
  const history = useQuery(
    trpc.corrections.list.queryOptions({ enrolmentId, recordType: "assessment" }),
  );
  const [editing, setEditing] = useState<{ id: string; mode: "correct" | "withdraw" } | null>(null);
  const [done, setDone] = useState(false);
  if (data.isPending) return <CaseLoading />;
  if (data.isError) {
    return <CaseLoadError title={t("case.assessments.loadError")} error={data.error} />;
  }
  const instrumentName = (id: string) =>
    data.data.instruments.find((i) => i.id === id)?.name[language] ?? id;
  return (
    <section aria-labelledby="assessment-corrections-title" data-testid="assessment-corrections">
      <h3 id="assessment-corrections-title">{t("case.assessments.recorded")}</h3>
      {done ? (
        <Notice kind="success" role="status">
          <p>{t("case.correction.saved")}</p>
        </Notice>
      ) : null}
      {data.data.assessments.length === 0 ? (
        <p>{t("case.assessments.empty.title")}</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">{t("case.assessments.recorded")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("case.assessments.col.date")}</th>
              <th scope="col">{t("case.assessments.col.instrument")}</th>
              <th scope="col">{t("case.assessments.col.phase")}</th>
              <th scope="col">{t("case.assessments.col.value")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("case.assessments.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.data.assessments.map((a) => {
              const label = `${instrumentName(a.instrumentId)} ${formatDate(a.assessedOn)}`;
              return (
                <tr key={a.id}>
                  <th scope="row">{formatDate(a.assessedOn)}</th>
                  <td>{instrumentName(a.instrumentId)}</td>
                  <td>{t(`vocab.assessmentPhase.${a.phase}`)}</td>
                  <td>{valueText(a)}</td>
                  <td className="button-group">
                    {a.areaValues ? null : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`${t("case.correction.correct")}: ${label}`}
                        onClick={() => {
                          setDone(false);
                          setEditing({ id: a.id, mode: "correct" });
                        }}
                      >
                        {t("case.correction.correct")}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${t("case.correction.withdraw")}: ${label}`}
                      onClick={() => {
                        setDone(false);
                        setEditing({ id: a.id, mode: "withdraw" });
                      }}
                    >
                      {t("case.correction.withdraw")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <CorrectionForm
          key={`${editing.id}-${editing.mode}`}
          enrolmentId={enrolmentId}
          assessment={data.data.assessments.find((a) => a.id === editing.id)}
          instrument={data.data.instruments.find(
            (i) => i.id === data.data.assessments.find((a) => a.id === editing.id)?.instrumentId,
          )}
          mode={editing.mode}
          onDone={() => {
            setEditing(null);
            setDone(true);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <CorrectionHistory
        rows={history.data ?? []}
        pending={history.isPending}
        describe={(c) => `${instrumentName(String(c.previous.instrumentId ?? ""))}`}
      />
    </section>
  );
}

function CorrectionForm({
  enrolmentId,
  assessment,
  instrument,
  mode,
  onDone,
  onCancel,
}: {
  enrolmentId: string;
  assessment: Assessment | undefined;
  instrument: Instrument | undefined;
  mode: "correct" | "withdraw";
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(assessment?.value ?? ""));
  const [assessedOn, setAssessedOn] = useState(assessment?.assessedOn ?? "");
  const [phase, setPhase] = useState<AssessmentPhase>(
    (assessment?.phase as AssessmentPhase | undefined) ?? "periodic",
  );
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const correct = useMutation(trpc.corrections.assessment.mutationOptions());
  if (!assessment || !instrument) return null;
  const fieldError = (id: string) => errors.find((e) => e.id === id)?.message;

  function fail(list: SummaryError[]) {
    setErrors(list);
    setFocusToken((n) => n + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!assessment) return;
    const list: SummaryError[] = [];
    if (reason.trim() === "") {
      list.push({
        id: "correction-reason",
        message: translateKey(t, "validation.recordCorrection.reason.required"),
      });
    }
    const number = Number(value.replace(",", "."));
    if (mode === "correct" && (value.trim() === "" || !Number.isInteger(number))) {
      list.push({
        id: "correction-value",
        message: translateKey(t, "validation.assessment.value.invalid"),
      });
    }
    if (list.length > 0) return fail(list);
    correct.mutate(
      {
        assessmentId: assessment.id,
        reason: reason.trim(),
        record:
          mode === "withdraw"
            ? null
            : {
                instrumentId: assessment.instrumentId,
                phase,
                assessedOn,
                value: number,
                areaValues: null,
              },
      },
      {
        onSuccess: async () => {
          await Promise.all(
            [
              trpc.assessments.list.queryKey({ enrolmentId }),
              trpc.corrections.list.queryKey(),
              trpc.participants.timeline.queryKey({ enrolmentId }),
            ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
          );
          onDone();
        },
        onError: (error) => {
          const info = describeClientError(error);
          const ids: Record<string, string> = {
            reason: "correction-reason",
            "record.phase": "correction-phase",
            "record.assessedOn": "correction-date",
            record: "correction-value",
          };
          fail([
            ...Object.entries(info.fieldErrors).flatMap(([path, keys]) =>
              keys.map((key) => ({ id: ids[path] ?? "", message: translateKey(t, key) })),
            ),
            ...(Object.keys(info.fieldErrors).length === 0
              ? [{ id: "", message: translateKey(t, info.messageKey) }]
              : []),
          ]);
        },
      },
    );
  }

  const title =
    mode === "withdraw" ? t("case.correction.withdrawTitle") : t("case.correction.correctTitle");
  return (
    <form
      onSubmit={submit}
      noValidate
      className="correction-form"
      aria-labelledby="correction-title"
    >
      <h4 id="correction-title">
        {title}: {formatDate(assessment.assessedOn)}
      </h4>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      {mode === "correct" ? (
        <>
          <NumberInput
            id="correction-value"
            label={t("case.assessments.col.value")}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={fieldError("correction-value")}
          />
          <DateInput
            id="correction-date"
            label={t("case.assessments.col.date")}
            value={assessedOn}
            onChange={(e) => setAssessedOn(e.target.value)}
            error={fieldError("correction-date")}
          />
          <Select
            id="correction-phase"
            label={t("case.assessments.col.phase")}
            value={phase}
            onChange={(e) => setPhase(e.target.value as AssessmentPhase)}
            error={fieldError("correction-phase")}
            options={ASSESSMENT_PHASES.filter((p) => instrument.phases.includes(p)).map((p) => ({
              value: p,
              label: t(`vocab.assessmentPhase.${p}`),
            }))}
          />
        </>
      ) : null}
      <Textarea
        id="correction-reason"
        label={t("case.correction.reason")}
        hint={t("case.correction.reasonHint")}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError("correction-reason")}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={correct.isPending}>
          {mode === "withdraw" ? t("case.correction.confirmWithdraw") : t("case.correction.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("case.correction.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The changes made to saved records: the old value, who, when and why. */
export function CorrectionHistory({
  rows,
  pending,
  describe,
}: {
  rows: readonly Correction[];
  pending: boolean;
  describe: (correction: Correction) => string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="correction-history-title">
      <h4 id="correction-history-title">{t("case.correction.history")}</h4>
      {pending ? (
        <p role="status">{t("app.loading")}</p>
      ) : rows.length === 0 ? (
        <p>{t("case.correction.historyEmpty")}</p>
      ) : (
        <table className="simple-table" data-testid="correction-history">
          <caption className="visually-hidden">{t("case.correction.history")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("case.correction.col.when")}</th>
              <th scope="col">{t("case.correction.col.who")}</th>
              <th scope="col">{t("case.correction.col.what")}</th>
              <th scope="col">{t("case.correction.col.before")}</th>
              <th scope="col">{t("case.correction.col.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {formatDate(c.correctedAt)} {formatTime(c.correctedAt)}
                </th>
                <td>{c.correctedByName}</td>
                <td>
                  {t(`case.correction.${c.action}`)} {describe(c)}
                </td>
                <td>{valueText(c.previous)}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { PROCESSING_PURPOSES, swedishDate } from "@opis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { Notice } from "../feedback/notice";
import { DateInput } from "../form/text-input";
import { formatDate } from "../format/format";
import { translateKey } from "../i18n";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";

/**
 * The participant's information, consent and legal bases (ADR 0016), and — for
 * the officer or coordinator the participant tells — withdrawal of consent to
 * share with the municipality, which takes effect at once.
 */
export function ConsentPanel({
  enrolmentId,
  canWithdraw,
  onWithdrawn,
}: {
  enrolmentId: string;
  canWithdraw: boolean;
  /** After a withdrawal (the coordinator's app leaves the participant: access is gone). */
  onWithdrawn?: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const consent = useQuery(trpc.consent.get.queryOptions({ enrolmentId }, { staleTime: 0 }));
  const [withdrawnOn, setWithdrawnOn] = useState(() => swedishDate(new Date()));
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = useMutation(
    trpc.consent.withdraw.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        setError(null);
        if (onWithdrawn) {
          onWithdrawn();
          return;
        }
        await queryClient.invalidateQueries({
          queryKey: trpc.consent.get.queryKey({ enrolmentId }),
        });
      },
      onError: (cause) => {
        setConfirming(false);
        const info = describeClientError(cause);
        const fieldKey = info.fieldErrors.withdrawnOn?.[0];
        setError(translateKey(t, fieldKey ?? info.messageKey));
      },
    }),
  );

  if (consent.isPending) return <p role="status">{t("app.loading")}</p>;
  if (consent.isError) {
    return (
      <Notice kind="error">{translateKey(t, describeClientError(consent.error).messageKey)}</Notice>
    );
  }
  const view = consent.data;

  return (
    <section aria-labelledby="consent-title" className="consent-panel" data-testid="consent-panel">
      <h2 id="consent-title">{t("consent.title")}</h2>
      {view.recorded ? (
        <>
          <p>
            <strong>
              {t(`consent.status.${view.status}`, {
                date: formatDate(
                  view.status === "withdrawn" ? (view.withdrawnOn ?? "") : view.decidedOn,
                ),
              })}
            </strong>
          </p>
          <p>
            {t(view.municipalityAccess === "full" ? "consent.access.full" : "consent.access.none")}
          </p>
          <ul>
            <li>
              {t("consent.informedOnValue", {
                date: formatDate(view.informedOn),
                version: view.noticeVersion,
              })}
            </li>
            <li>{t(`consent.healthDataValue.${view.healthDataBasis}`)}</li>
          </ul>
          <h3>{t("consent.legalBases")}</h3>
          <dl className="consent-panel__bases">
            {PROCESSING_PURPOSES.map((purpose) => (
              <div key={purpose}>
                <dt>{t(`consent.purpose.${purpose}`)}</dt>
                <dd>{t(`consent.basis.${view.legalBases[purpose]}`)}</dd>
              </div>
            ))}
          </dl>
          {canWithdraw && view.status === "given" ? (
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                setConfirming(true);
              }}
            >
              <DateInput
                id="consent-withdrawnOn"
                label={t("consent.withdrawnOn")}
                hint={t("form.dateHint")}
                value={withdrawnOn}
                onChange={(event) => setWithdrawnOn(event.target.value)}
                error={error ?? undefined}
              />
              <div className="button-group">
                <button type="submit" className="button button--warning">
                  {t("consent.withdraw")}
                </button>
              </div>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <p>
            <strong>{t("consent.status.notRecorded")}</strong>
          </p>
          <p>{t("consent.access.full")}</p>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("consent.withdraw.title")}
        confirmLabel={t("consent.withdraw")}
        cancelLabel={t("consent.cancel")}
        destructive
        busy={withdraw.isPending}
        onConfirm={() => withdraw.mutate({ enrolmentId, withdrawnOn: withdrawnOn.trim() })}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("consent.withdraw.body")}</p>
      </ConfirmDialog>
    </section>
  );
}

import { GENDERS } from "@opis/domain";
import {
  describeClientError,
  downloadBase64,
  Notice,
  PublishedValue,
  SuppressionNote,
  translateKey,
  useActiveProject,
  useMutation,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect } from "react";
import { QueryState } from "../report/query-state";
import { ReportFilters, useReportParams } from "../report/report-params";

/** Downloads: pseudonymised participant data, the goals report, the ESF+ table. */
export function ExportsScreen() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, asOf, threshold } = useReportParams();
  const participants = useMutation(
    trpc.exports.participants.mutationOptions({ onSuccess: downloadBase64 }),
  );
  const goals = useMutation(
    trpc.exports.goalsReport.mutationOptions({ onSuccess: downloadBase64 }),
  );
  const esfFile = useMutation(trpc.exports.esf.mutationOptions({ onSuccess: downloadBase64 }));
  const esf = useQuery(trpc.statistics.esf.queryOptions({ projectId, filter, asOf, threshold }));
  useEffect(() => {
    document.title = `${t("evaluation.exports.title")} – OPIS`;
  }, [t]);
  const busy = participants.isPending || goals.isPending || esfFile.isPending;
  const last = participants.data ?? goals.data ?? esfFile.data;
  const error = participants.error ?? goals.error ?? esfFile.error;
  return (
    <>
      <h1>{t("evaluation.exports.title")}</h1>
      <ReportFilters />
      <div role="status" aria-live="polite" data-testid="export-status">
        {busy
          ? t("evaluation.exports.working")
          : last
            ? t("evaluation.exports.done", { file: last.fileName })
            : ""}
      </div>
      {error ? (
        <Notice kind="error" role="alert">
          <p>{t("evaluation.exports.failed")}</p>
          <p>{translateKey(t, describeClientError(error).messageKey)}</p>
        </Notice>
      ) : null}
      <section aria-labelledby="exp-participants">
        <h2 id="exp-participants">{t("evaluation.exports.participantsTitle")}</h2>
        <p>{t("evaluation.exports.participantsIntro")}</p>
        <div className="button-group">
          <DownloadButton
            label={t("evaluation.exports.participantsCsv")}
            busy={busy}
            onClick={() => participants.mutate({ projectId, format: "csv" })}
          />
          <DownloadButton
            label={t("evaluation.exports.participantsXlsx")}
            secondary
            busy={busy}
            onClick={() => participants.mutate({ projectId, format: "xlsx" })}
          />
        </div>
      </section>
      <section aria-labelledby="exp-goals">
        <h2 id="exp-goals">{t("evaluation.exports.goalsTitle")}</h2>
        <div className="button-group">
          <DownloadButton
            label={t("evaluation.exports.goalsPdf")}
            secondary
            busy={busy}
            onClick={() => goals.mutate({ projectId, format: "pdf", filter, asOf, threshold })}
          />
          <DownloadButton
            label={t("evaluation.exports.goalsXlsx")}
            secondary
            busy={busy}
            onClick={() => goals.mutate({ projectId, format: "xlsx", filter, asOf, threshold })}
          />
        </div>
      </section>
      <section aria-labelledby="exp-esf">
        <h2 id="exp-esf">{t("evaluation.esf.title")}</h2>
        <p>{t("evaluation.esf.intro")}</p>
        <DownloadButton
          label={t("evaluation.exports.esfXlsx")}
          secondary
          busy={busy}
          onClick={() => esfFile.mutate({ projectId, filter, asOf, threshold })}
        />
        <QueryState query={esf} errorKey="evaluation.esf.loadError">
          {() => (
            <>
              <div style={{ overflowX: "auto" }}>
                <table className="simple-table" data-testid="esf-table">
                  <caption>{t("evaluation.esf.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("evaluation.esf.indicator")}</th>
                      {GENDERS.map((g) => (
                        <th key={g} scope="col" className="numeric">
                          {t(`vocab.gender.${g}`)}
                        </th>
                      ))}
                      <th scope="col" className="numeric">
                        {t("admin.enrolment.total")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {esf.data!.rows.map((r) => (
                      <tr key={r.code}>
                        <th scope="row">{t(`evaluation.esf.row.${r.code}`)}</th>
                        {GENDERS.map((g) => (
                          <td key={g} className="numeric">
                            <PublishedValue cell={r.byGender[g]} threshold={esf.data!.threshold} />
                          </td>
                        ))}
                        <td className="numeric">
                          <PublishedValue cell={r.total} threshold={esf.data!.threshold} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <SuppressionNote threshold={esf.data!.threshold} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

/** A download: keeps focus while the file is made (aria-disabled, not disabled). */
function DownloadButton({
  label,
  secondary = false,
  busy,
  onClick,
}: {
  label: string;
  secondary?: boolean;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={secondary ? "button button--secondary" : "button"}
      aria-disabled={busy}
      onClick={() => busy || onClick()}
    >
      {label}
    </button>
  );
}

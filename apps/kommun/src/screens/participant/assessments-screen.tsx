import type { Instrument } from "@opis/domain";
import {
  AssessmentCorrections,
  describeClientError,
  Notice,
  ProgressionChart,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** Step assessments: the progression chart per instrument, and a new assessment. */
export function AssessmentsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  const { enrolmentId, name, base } = useParticipant();
  useDocumentTitle(t("kommun.assessments.docTitle", { name }));
  const query = useQuery(trpc.assessments.list.queryOptions({ enrolmentId }));
  return (
    <>
      <h2>{t("kommun.assessments.title")}</h2>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.assessments.saved")}</p>
        </Notice>
      ) : null}
      <p>
        <Link to={`${base}/bedomningar/ny`} className="button">
          {t("kommun.assessments.new")}
        </Link>
      </p>
      {query.isPending ? (
        <p role="status">{t("app.loading")}</p>
      ) : query.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
        </Notice>
      ) : query.data.assessments.length === 0 ? (
        <div className="table-empty">
          <p>{t("kommun.assessments.empty")}</p>
        </div>
      ) : (
        <>
          <ProgressionChart
            instruments={query.data.instruments as Instrument[]}
            assessments={query.data.assessments}
          />
          <AssessmentCorrections enrolmentId={enrolmentId} />
        </>
      )}
    </>
  );
}

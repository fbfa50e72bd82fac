import type { AssessmentRecord, Instrument } from "@opis/domain";
import {
  AssessmentForm,
  describeClientError,
  translateKey,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** One assessment, made in under two minutes. */
export function AssessmentNewScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { enrolmentId, name, base } = useParticipant();
  useDocumentTitle(t("kommun.assessment.docTitle", { name }));
  const query = useQuery(trpc.assessments.list.queryOptions({ enrolmentId }));
  const record = useMutation(trpc.assessments.record.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);

  if (query.isPending) return <p role="status">{t("app.loading")}</p>;
  if (query.isError) {
    return <p role="alert">{translateKey(t, describeClientError(query.error).messageKey)}</p>;
  }

  function submit(value: AssessmentRecord) {
    setFormError(null);
    record.mutate(
      { enrolmentId, record: value },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries({
            queryKey: trpc.assessments.list.queryKey({ enrolmentId }),
          });
          navigate(`${base}/bedomningar`, { state: { saved: true } });
        },
        onError: (error) => {
          const info = describeClientError(error);
          const first = Object.values(info.fieldErrors)[0]?.[0];
          setFormError(translateKey(t, first ?? info.messageKey));
        },
      },
    );
  }

  return (
    <>
      <h2>{t("kommun.assessment.title")}</h2>
      <p>{t("kommun.assessment.lead")}</p>
      <AssessmentForm
        instruments={query.data.instruments as Instrument[]}
        defaultPhase={query.data.assessments.length === 0 ? "baseline" : "periodic"}
        pending={record.isPending}
        formError={formError}
        onSubmit={submit}
      />
      <p>
        <Link to={`${base}/bedomningar`}>{t("kommun.assessment.cancel")}</Link>
      </p>
    </>
  );
}

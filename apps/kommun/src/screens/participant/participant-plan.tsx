import { JointPlanEditor, useTranslation } from "@opis/ui";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** The joint plan, shared with the officer and edited under the same conflict rules. */
export function ParticipantPlan() {
  const { t } = useTranslation();
  const { enrolmentId, name, participant } = useParticipant();
  useDocumentTitle(t("kommun.plan.docTitle", { name }));
  return (
    <>
      <h2>{t("kommun.plan.title")}</h2>
      <JointPlanEditor enrolmentId={enrolmentId} editable={participant.status === "active"} />
    </>
  );
}

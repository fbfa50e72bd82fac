import { CaseTimeline, ConsentPanel, useTranslation } from "@opis/ui";
import { useNavigate } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** What has happened in the case, from both organisations, newest first: the officer's timeline. */
export function ParticipantOverview() {
  const { t } = useTranslation();
  const { enrolmentId, name } = useParticipant();
  const navigate = useNavigate();
  useDocumentTitle(t("kommun.overview.docTitle", { name }));
  return (
    <>
      <h2>{t("kommun.overview.timeline")}</h2>
      <CaseTimeline enrolmentId={enrolmentId} />
      {/* After a withdrawal the municipality no longer sees the participant: back to the list. */}
      <ConsentPanel
        enrolmentId={enrolmentId}
        canWithdraw
        onWithdrawn={() => navigate("/", { state: { consentWithdrawn: true } })}
      />
    </>
  );
}

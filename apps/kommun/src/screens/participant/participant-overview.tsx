import { CaseTimeline, useTranslation } from "@opis/ui";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** What has happened in the case, from both organisations, newest first: the officer's timeline. */
export function ParticipantOverview() {
  const { t } = useTranslation();
  const { enrolmentId, name } = useParticipant();
  useDocumentTitle(t("kommun.overview.docTitle", { name }));
  return (
    <>
      <h2>{t("kommun.overview.timeline")}</h2>
      <CaseTimeline enrolmentId={enrolmentId} />
    </>
  );
}

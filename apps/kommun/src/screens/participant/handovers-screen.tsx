import { CaseNotes, useTranslation } from "@opis/ui";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

/** Handovers between AF and the municipality, and notes; opening them marks AF's as read. */
export function HandoversScreen() {
  const { t } = useTranslation();
  const { enrolmentId, name } = useParticipant();
  useDocumentTitle(t("kommun.messages.docTitle", { name }));
  return (
    <>
      <h2>{t("kommun.messages.title")}</h2>
      <CaseNotes enrolmentId={enrolmentId} handoverLabel={t("kommun.messages.kind.handover")} />
    </>
  );
}

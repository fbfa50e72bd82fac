import { useTranslation } from "@opis/ui";
import { Caseload } from "../case/caseload";
import { useDocumentTitle } from "../use-document-title";
import { EmptyCaseload } from "./home-screen";

export function ParticipantsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t("staff.participants.title"));
  return (
    <>
      <h1>{t("staff.participants.title")}</h1>
      <Caseload emptyNone={<EmptyCaseload />} />
    </>
  );
}

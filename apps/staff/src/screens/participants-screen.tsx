import { ParticipantList, useTranslation } from "@opis/ui";
import { Link } from "react-router";
import { PATHS } from "../routes";
import { useDocumentTitle } from "../use-document-title";

export function ParticipantsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t("staff.participants.title"));
  return (
    <>
      <h1>{t("staff.participants.title")}</h1>
      <ParticipantList
        showScope
        emptyNone={
          <>
            <h2>{t("participants.empty.none.title")}</h2>
            <p>{t("participants.empty.none.bodyStaff")}</p>
            <Link to={PATHS.lookup}>{t("participants.startIntake")}</Link>
          </>
        }
      />
    </>
  );
}

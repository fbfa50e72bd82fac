import { useCurrentUser, useTranslation } from "@opis/ui";
import { Link } from "react-router";
import { PATHS } from "../routes";
import { useDocumentTitle } from "../use-document-title";

export function HomeScreen() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t("staff.nav.home"));
  return (
    <>
      <h1>{t("staff.home.title", { name: user.name })}</h1>
      <p className="lead">{t("staff.home.lead")}</p>
      <ul className="card-links">
        <li>
          <h2>
            <Link to={PATHS.lookup}>{t("staff.home.intake.title")}</Link>
          </h2>
          <p>{t("staff.home.intake.body")}</p>
        </li>
        <li>
          <h2>
            <Link to={PATHS.participants}>{t("staff.home.participants.title")}</Link>
          </h2>
          <p>{t("staff.home.participants.body")}</p>
        </li>
      </ul>
    </>
  );
}

import { useTranslation } from "@opis/ui";
import { useEffect } from "react";
import { Link } from "react-router";

/** The administrator's tools, one link each: the console's own area for project management. */
export const ADMINISTRATION_SECTIONS = [
  {
    path: "anvandare",
    label: "admin.nav.users",
    description: "admin.administration.users.description",
  },
  {
    path: "granskningslogg",
    label: "admin.nav.audit",
    description: "admin.administration.audit.description",
  },
  {
    path: "registerutdrag",
    label: "gdpr.nav",
    description: "admin.administration.registerExtract.description",
  },
  {
    path: "import",
    label: "admin.nav.import",
    description: "admin.administration.import.description",
  },
  {
    path: "data",
    label: "admin.nav.dataOut",
    description: "admin.administration.dataOut.description",
  },
] as const;

export function AdministrationScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t("admin.administration.title")} – OPIS`;
  }, [t]);
  return (
    <>
      <h1>{t("admin.administration.title")}</h1>
      <p className="lead">{t("admin.administration.lead")}</p>
      <nav aria-label={t("admin.administration.sectionsLabel")}>
        <ul className="link-list">
          {ADMINISTRATION_SECTIONS.map((section) => (
            <li key={section.path}>
              <Link to={`/administration/${section.path}`}>{t(section.label)}</Link>
              <p>{t(section.description)}</p>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

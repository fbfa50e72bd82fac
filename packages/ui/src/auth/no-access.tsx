import type { Role } from "@opis/domain";
import { useTranslation } from "react-i18next";
import { PageState } from "../feedback/page-state";
import { LogoutForm } from "./logout-form";

/** The app each role works in, and the catalog key of its name. */
const APP_OF_ROLE: Readonly<Record<Role, { href: string; nameKey: string }>> = {
  officer: { href: "/staff/", nameKey: "staff.appName" },
  coordinator: { href: "/kommun/", nameKey: "kommun.appName" },
  evaluator: { href: "/admin/", nameKey: "admin.appName" },
  admin: { href: "/admin/", nameKey: "admin.appName" },
};

export interface AccessContact {
  name: string;
  email: string | null;
}

/**
 * No access to this app: for a role the app is not for, a link to the app the
 * role works in; for someone in no project, that. Both say whom to ask (the
 * project's administrators, from auth.me) and offer to log out.
 */
export function NoAccessPage({
  kind,
  userRole: role,
  administrators,
}: {
  kind: "forbidden" | "noProject";
  userRole: Role;
  administrators: readonly AccessContact[];
}) {
  const { t } = useTranslation();
  const app = APP_OF_ROLE[role];
  return (
    <PageState title={t(kind === "forbidden" ? "auth.forbidden.title" : "auth.noProject.title")}>
      {kind === "forbidden" ? (
        <>
          <p>{t("auth.forbidden.body", { role: t(`vocab.role.${role}`) })}</p>
          <p>
            <a className="button" href={app.href}>
              {t("auth.forbidden.goTo", { app: t(app.nameKey) })}
            </a>
          </p>
        </>
      ) : (
        <p>{t("auth.noProject.body")}</p>
      )}
      {administrators.length > 0 ? (
        <>
          <p>{t("auth.contact.lead")}</p>
          <ul>
            {administrators.map((a) => (
              <li key={`${a.name} ${a.email ?? ""}`}>
                {a.name}
                {a.email ? (
                  <>
                    {" "}
                    (<a href={`mailto:${a.email}`}>{a.email}</a>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <LogoutForm />
    </PageState>
  );
}

import type { Role } from "@opis/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageState } from "../feedback/page-state";
import { useTRPC } from "../trpc/client";
import { isUnauthorized } from "../trpc/errors";
import { CurrentUserContext } from "./current-user";
import { loginUrl } from "./login-url";
import { LogoutForm } from "./logout-form";
import { NoAccessPage } from "./no-access";

export { LogoutForm };

interface AuthGateProps {
  /** Roles this app is for; others see a "no access" page. */
  roles: readonly Role[];
  children: ReactNode;
}

/** Asks the server who is logged in; shows login, no-access and error pages, else the app. */
export function AuthGate({ roles, children }: AuthGateProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));

  if (me.isPending) {
    return (
      <PageState title={t("app.productName")} busy>
        {t("app.loading")}
      </PageState>
    );
  }
  if (me.isError) {
    if (isUnauthorized(me.error)) {
      return (
        <PageState title={t("auth.login.title")}>
          <p>{t("auth.login.body")}</p>
          <a className="button" href={loginUrl()}>
            {t("auth.login.button")}
          </a>
        </PageState>
      );
    }
    return (
      <PageState title={t("auth.error.title")}>
        <p>{t("auth.error.body")}</p>
        <button type="button" className="button" onClick={() => void me.refetch()}>
          {t("auth.retry")}
        </button>
      </PageState>
    );
  }
  if (!roles.includes(me.data.role)) {
    return (
      <NoAccessPage
        kind="forbidden"
        userRole={me.data.role}
        administrators={me.data.administrators}
      />
    );
  }
  if (me.data.projects.length === 0) {
    return (
      <NoAccessPage
        kind="noProject"
        userRole={me.data.role}
        administrators={me.data.administrators}
      />
    );
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { PageState } from "./page-state";

/**
 * What a data router shows when a screen throws: a plain page in the user's
 * language instead of react-router's developer page. The error goes to the
 * console for support; the user is told their saved work is safe.
 */
export function RouteErrorPage({ homeHref }: { homeHref: string }) {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageState title={t("app.crashed.title")}>
      <p>{t("app.crashed.body")}</p>
      <p>
        <a href={homeHref}>{t("app.crashed.link")}</a>
      </p>
    </PageState>
  );
}

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A whole page for states outside the app (loading, logged out, no access):
 * a plain header with the product name and one message in <main>.
 */
export function PageState({
  title,
  busy = false,
  children,
}: {
  title: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__product">
            <span className="app-header__name">{t("app.productName")}</span>
          </span>
        </div>
      </header>
      <main className="app-main page-state" aria-busy={busy}>
        {busy ? (
          <p role="status">{children}</p>
        ) : (
          <>
            <h1>{title}</h1>
            {children}
          </>
        )}
      </main>
    </>
  );
}

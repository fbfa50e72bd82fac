import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
import { LogoutForm } from "../auth/auth-gate";
import { useCurrentUser } from "../auth/current-user";
import { SessionEndedNotice } from "../auth/session-ended";
import { ProjectSwitcher } from "../project/project-switcher";
import { LanguageSwitch } from "./language-switch";
import { describeUser } from "./user-summary";

/** Every app mounts the user's own session list (SessionsScreen) here. */
export const SESSIONS_PATH = "/inloggningar";

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (for the start page). */
  end?: boolean;
}

/**
 * The same frame in every app: skip link, header with the product, the user's
 * name, role and organisation and a log-out button; a top navigation of at
 * most seven items; and <main>, which takes focus after each navigation.
 */
export function AppShell({
  appName,
  nav,
  children,
}: {
  appName: string;
  nav: readonly NavItem[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  if (nav.length > 7) throw new Error("At most seven navigation items");

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__product">
            <span className="app-header__name">{t("app.productName")}</span>
            <span className="app-header__app">{appName}</span>
          </Link>
          <section className="app-header__user" aria-label={t("app.userMenu")}>
            <span className="app-header__who">
              <strong data-testid="user-name">{user.name}</strong>
              <span>{describeUser(t, user)}</span>
            </span>
            <ProjectSwitcher />
            <LanguageSwitch />
            <Link to={SESSIONS_PATH} className="header-button">
              {t("app.sessionsLink")}
            </Link>
            <LogoutForm className="header-button" />
          </section>
        </div>
      </header>
      <nav className="app-nav" aria-label={t("app.mainNav")}>
        <ul>
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <SessionEndedNotice />
        {children}
      </main>
    </>
  );
}

export interface Crumb {
  to?: string;
  label: string;
}

/** Where a detail page sits; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("app.breadcrumbs")}>
      <ol>
        {items.map((item) => (
          <li key={item.label}>
            {item.to ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** For routes that do not exist. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("app.notFound.title")}</h1>
      <p>{t("app.notFound.body")}</p>
      <Link to="/">{t("app.notFound.link")}</Link>
    </>
  );
}

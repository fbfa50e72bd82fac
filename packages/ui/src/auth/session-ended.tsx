import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { isUnauthorized } from "../trpc/errors";
import { loginUrl } from "./login-url";

/** True when a call of this app was answered UNAUTHORIZED: the session has ended (expired or logged out elsewhere). */
export function hasSessionEnded(client: QueryClient): boolean {
  return (
    client
      .getQueryCache()
      .getAll()
      .some((query) => query.state.status === "error" && isUnauthorized(query.state.error)) ||
    client
      .getMutationCache()
      .getAll()
      .some((mutation) => mutation.state.status === "error" && isUnauthorized(mutation.state.error))
  );
}

function useSessionEnded(): boolean {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const queries = client.getQueryCache().subscribe(onChange);
      const mutations = client.getMutationCache().subscribe(onChange);
      return () => {
        queries();
        mutations();
      };
    },
    [client],
  );
  const snapshot = () => hasSessionEnded(client);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * "You are not logged in" while the app is open, with the way back in: a login
 * link that returns to this page. Shown above every screen once a call is refused
 * for want of a session, so no error message about it stands without a link.
 */
export function SessionEndedNotice() {
  const { t } = useTranslation();
  if (!useSessionEnded()) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t("auth.sessionEnded.body")}</p>
      <p>
        <a className="button" href={loginUrl()}>
          {t("auth.login.button")}
        </a>
      </p>
    </div>
  );
}

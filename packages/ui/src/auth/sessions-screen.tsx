import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../feedback/confirm-dialog";
import { Notice } from "../feedback/notice";
import { formatDate, formatTime } from "../format/format";
import { translateKey } from "../i18n";
import { useTRPC } from "../trpc/client";
import { describeClientError } from "../trpc/errors";
import { describeUserAgent } from "./user-agent";

const at = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;

/**
 * "My logins": the user's own live sessions (ADR 0015), with the browser, when
 * each began and was last used and when it ends; any other session can be ended
 * here, the current one with "Log out".
 */
export function SessionsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions(undefined, { staleTime: 0 }));
  const [confirmOthers, setConfirmOthers] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t("sessions.title")} – OPIS`;
  }, [t]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
  const onError = (cause: unknown) =>
    setError(translateKey(t, describeClientError(cause).messageKey));

  const endOne = useMutation(
    trpc.auth.endSession.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setMessage(t("sessions.ended", { count: 1 }));
        await refresh();
      },
      onError,
    }),
  );
  const endOthers = useMutation(
    trpc.auth.endOtherSessions.mutationOptions({
      onSuccess: async (result) => {
        setConfirmOthers(false);
        setError(null);
        setMessage(t("sessions.ended", { count: result.ended }));
        await refresh();
      },
      onError: (cause) => {
        setConfirmOthers(false);
        onError(cause);
      },
    }),
  );

  const rows = sessions.data ?? [];
  const others = rows.filter((row) => !row.current);

  return (
    <>
      <h1>{t("sessions.title")}</h1>
      <p className="lead">{t("sessions.lead")}</p>
      <div aria-live="polite">
        {message ? <Notice kind="success">{message}</Notice> : null}
        {error ? <Notice kind="error">{error}</Notice> : null}
      </div>
      {sessions.isPending ? (
        <p role="status">{t("app.loading")}</p>
      ) : sessions.isError ? (
        <Notice kind="error">
          {translateKey(t, describeClientError(sessions.error).messageKey)}
        </Notice>
      ) : (
        <>
          <table className="table" data-testid="sessions-table">
            <caption>{t("sessions.caption", { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sessions.col.browser")}</th>
                <th scope="col">{t("sessions.col.started")}</th>
                <th scope="col">{t("sessions.col.lastSeen")}</th>
                <th scope="col">{t("sessions.col.ends")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("sessions.col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const browser = describeUserAgent(row.userAgent) ?? t("sessions.unknownBrowser");
                const ends = row.idleExpiresAt < row.expiresAt ? row.idleExpiresAt : row.expiresAt;
                return (
                  <tr key={row.handle}>
                    <th scope="row">
                      {browser}
                      {row.current ? (
                        <>
                          {" "}
                          <strong>({t("sessions.current")})</strong>
                        </>
                      ) : null}
                    </th>
                    <td>{at(row.createdAt)}</td>
                    <td>{at(row.lastSeenAt)}</td>
                    <td>{at(ends)}</td>
                    <td>
                      {row.current ? (
                        t("sessions.currentHint")
                      ) : (
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={endOne.isPending}
                          aria-label={t("sessions.endOneLabel", {
                            browser,
                            started: at(row.createdAt),
                          })}
                          onClick={() => endOne.mutate({ handle: row.handle })}
                        >
                          {t("sessions.endOne")}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {others.length > 0 ? (
            <p>
              <button type="button" className="button" onClick={() => setConfirmOthers(true)}>
                {t("sessions.endOthers")}
              </button>
            </p>
          ) : (
            <p>{t("sessions.noOthers")}</p>
          )}
        </>
      )}
      <ConfirmDialog
        open={confirmOthers}
        title={t("sessions.endOthers.title")}
        confirmLabel={t("sessions.endOthers")}
        cancelLabel={t("sessions.cancel")}
        destructive
        busy={endOthers.isPending}
        onConfirm={() => endOthers.mutate()}
        onCancel={() => setConfirmOthers(false)}
      >
        <p>{t("sessions.endOthers.body", { count: others.length })}</p>
      </ConfirmDialog>
    </>
  );
}

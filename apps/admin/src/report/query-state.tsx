import { describeClientError, Notice, translateKey, useTranslation } from "@opis/ui";
import type { ReactNode } from "react";

/** Loading and error states of a report, announced to screen readers. */
export function QueryState({
  query,
  errorKey,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown };
  errorKey: string;
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t("app.loading")}</p>;
  if (query.isError) {
    return (
      <Notice kind="error" role="alert">
        <p>{t(errorKey)}</p>
        <p>{translateKey(t, describeClientError(query.error as Error).messageKey)}</p>
      </Notice>
    );
  }
  return <>{children()}</>;
}

export function useDocumentTitle(title: string) {
  if (typeof document !== "undefined") document.title = `${title} – OPIS`;
}

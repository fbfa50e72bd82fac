import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { translateKey } from "../i18n";
import { describeClientError } from "../trpc/errors";

/** While a part of the page loads: announced politely, nothing else moves. */
export function CaseLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="secondary-text">
      {label ?? t("app.loading")}
    </p>
  );
}

/** A part of the page that could not be loaded: what failed and why, in words. */
export function CaseLoadError({
  title,
  error,
  children,
}: {
  title: string;
  error: unknown;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Notice kind="error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{translateKey(t, describeClientError(error).messageKey)}</p>
      {children}
    </Notice>
  );
}

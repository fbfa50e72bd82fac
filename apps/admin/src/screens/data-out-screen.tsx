import {
  describeClientError,
  downloadBase64,
  Notice,
  translateKey,
  useActiveProject,
  useCurrentUser,
  useMutation,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect, useState } from "react";

function thisMonth(): string {
  // The month in Sweden, as the server counts days.
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 7);
}

/** The administrator's data out: the whole project, and the managing authority's participant file. */
export function DataOutScreen() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id: projectId } = useActiveProject();
  const trpc = useTRPC();
  const [month, setMonth] = useState(thisMonth);
  const [monthError, setMonthError] = useState<string | null>(null);
  const project = useMutation(trpc.dataOut.project.mutationOptions({ onSuccess: downloadBase64 }));
  const participants = useMutation(
    trpc.dataOut.managingAuthority.mutationOptions({ onSuccess: downloadBase64 }),
  );
  useEffect(() => {
    document.title = `${t("admin.dataOut.title")} – OPIS`;
  }, [t]);
  if (me.role !== "admin") {
    return (
      <>
        <h1>{t("admin.dataOut.title")}</h1>
        <Notice kind="info">
          <p>{t("admin.dataOut.adminOnly")}</p>
        </Notice>
      </>
    );
  }
  const busy = project.isPending || participants.isPending;
  const error = project.error ?? participants.error;
  const participantFile = (format: "csv" | "xlsx") => {
    if (busy) return;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      setMonthError(t("admin.dataOut.monthInvalid"));
      return;
    }
    setMonthError(null);
    participants.mutate({ projectId: projectId, month, format });
  };
  return (
    <>
      <h1>{t("admin.dataOut.title")}</h1>
      <p className="lead">{t("admin.dataOut.intro")}</p>
      <section aria-labelledby="authority-title">
        <h2 id="authority-title">{t("admin.dataOut.authority.title")}</h2>
        <p>{t("admin.dataOut.authority.body")}</p>
        <div className={`field${monthError ? " field--error" : ""}`}>
          <label className="field__label" htmlFor="authority-month">
            {t("admin.dataOut.month")}
          </label>
          <p className="field__hint" id="authority-month-hint">
            {t("admin.dataOut.monthHint")}
          </p>
          {monthError ? (
            <p className="field__error" id="authority-month-error">
              {monthError}
            </p>
          ) : null}
          <input
            id="authority-month"
            inputMode="numeric"
            value={month}
            onChange={(e) => setMonth(e.target.value.trim())}
            aria-invalid={monthError ? true : undefined}
            aria-describedby={`authority-month-hint${monthError ? " authority-month-error" : ""}`}
          />
        </div>
        <p className="actions">
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => participantFile("xlsx")}
          >
            {t("admin.dataOut.authority.xlsx")}
          </button>{" "}
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy}
            onClick={() => participantFile("csv")}
          >
            {t("admin.dataOut.authority.csv")}
          </button>
        </p>
      </section>
      <section aria-labelledby="project-title">
        <h2 id="project-title">{t("admin.dataOut.project.title")}</h2>
        <p>{t("admin.dataOut.project.body")}</p>
        <p className="actions">
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => busy || project.mutate({ projectId: projectId, format: "xlsx" })}
          >
            {t("admin.dataOut.project.xlsx")}
          </button>{" "}
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy}
            onClick={() => busy || project.mutate({ projectId: projectId, format: "zip" })}
          >
            {t("admin.dataOut.project.zip")}
          </button>
        </p>
      </section>
      <div aria-live="polite" role="status">
        {busy ? <p>{t("admin.dataOut.working")}</p> : null}
      </div>
      {error ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(error).messageKey)}</p>
        </Notice>
      ) : null}
    </>
  );
}

import {
  DateInput,
  describeClientError,
  downloadBase64,
  formatDate,
  formatTime,
  Notice,
  Select,
  TextInput,
  translateKey,
  useMutation,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useState } from "react";

interface AuditFilter {
  personId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const FIELDS = ["personId", "actorUserId", "from", "to"] as const;

/** Drops empty fields, so the server only sees filters that were set. */
function cleaned(draft: Record<string, string>): AuditFilter {
  return Object.fromEntries(
    Object.entries(draft)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ""),
  ) as AuditFilter;
}

/**
 * The audit log for project management: who read or changed what and when,
 * filtered by person, user, event and dates, newest first, exportable as CSV,
 * with the hash chain verifiable on demand (ADR 0013).
 */
export function AuditScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [pages, setPages] = useState<number[]>([]);
  const beforeId = pages.at(-1);
  const search = useQuery(trpc.audit.search.queryOptions({ filter, beforeId }));
  const exportFile = useMutation(trpc.audit.export.mutationOptions({ onSuccess: downloadBase64 }));
  const verify = useMutation(trpc.audit.verify.mutationOptions());
  useEffect(() => {
    document.title = `${t("admin.audit.title")} – OPIS`;
  }, [t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setPages([]);
    setFilter(cleaned(draft));
  }
  const set = (key: string) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const error = search.error ?? exportFile.error;
  const items = search.data?.items ?? [];
  const labels: Record<(typeof FIELDS)[number], string> = {
    personId: t("admin.audit.person"),
    actorUserId: t("admin.audit.user"),
    from: t("admin.audit.from"),
    to: t("admin.audit.to"),
  };

  return (
    <>
      <h1>{t("admin.audit.title")}</h1>
      <p className="lead">{t("admin.audit.lead")}</p>
      <form className="form" onSubmit={submit} aria-label={t("admin.audit.filters")}>
        <TextInput
          id="audit-person"
          label={labels.personId}
          width="w20"
          value={draft.personId ?? ""}
          onChange={set("personId")}
          optional
        />
        <TextInput
          id="audit-user"
          label={labels.actorUserId}
          width="w20"
          value={draft.actorUserId ?? ""}
          onChange={set("actorUserId")}
          optional
        />
        <Select
          id="audit-action"
          label={t("admin.audit.action")}
          placeholder={t("admin.audit.anyAction")}
          options={(search.data?.actions ?? []).map((a) => ({ value: a, label: a }))}
          value={draft.action ?? ""}
          onChange={set("action")}
        />
        <DateInput
          id="audit-from"
          label={labels.from}
          value={draft.from ?? ""}
          onChange={set("from")}
          optional
        />
        <DateInput
          id="audit-to"
          label={labels.to}
          value={draft.to ?? ""}
          onChange={set("to")}
          optional
        />
        <div className="button-group">
          <button type="submit" className="button">
            {t("admin.audit.search")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={exportFile.isPending}
            onClick={() => exportFile.mutate({ filter })}
          >
            {t("admin.audit.export")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {t("admin.audit.chain.check")}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" data-testid="audit-chain-status">
        {verify.data
          ? verify.data.firstBreak
            ? t("admin.audit.chain.broken", { id: verify.data.firstBreak.id })
            : t("admin.audit.chain.ok", { rows: verify.data.rowsChecked })
          : ""}
      </div>
      {error ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(error).messageKey)}</p>
        </Notice>
      ) : null}

      {search.isPending ? <p role="status">{t("app.loading")}</p> : null}
      {search.data && items.length === 0 ? <p>{t("admin.audit.empty")}</p> : null}
      {items.length > 0 ? (
        // A labelled section, focusable so that keyboard users can scroll the wide log.
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling region must be reachable by keyboard
          tabIndex={0}
          aria-label={t("admin.audit.tableCaption")}
        >
          <table className="data-table">
            <caption>{t("admin.audit.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.at")}</th>
                <th scope="col">{t("admin.audit.actor")}</th>
                <th scope="col">{t("admin.audit.action")}</th>
                <th scope="col">{t("admin.audit.subject")}</th>
                <th scope="col">{t("admin.audit.people")}</th>
                <th scope="col">{t("admin.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={row.id}>
                  <td>
                    {formatDate(row.at)} {formatTime(row.at)}
                  </td>
                  <td>{row.actorName ?? "–"}</td>
                  <td>{row.action}</td>
                  <td>
                    {row.subjectType}
                    {row.subjectId ? `: ${row.subjectId}` : ""}
                  </td>
                  <td>{row.personIds.join(", ")}</td>
                  <td>
                    <code>{row.details ? JSON.stringify(row.details) : ""}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {search.data?.hasMore ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPages((p) => [...p, items.at(-1)?.id ?? 0])}
        >
          {t("admin.audit.more")}
        </button>
      ) : null}
    </>
  );
}

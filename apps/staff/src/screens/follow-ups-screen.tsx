import type { RouterOutputs } from "@opis/api";
import {
  CaseLoadError,
  CaseLoading,
  formatDate,
  municipalityName,
  Select,
  useProjectDefinition,
  useQuery,
  useSearchParamsKeepingProject,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link } from "react-router";
import { FollowUpStatusTag, windowFor } from "../case/follow-up-status";
import { PATHS } from "../paths";
import { useDocumentTitle } from "../use-document-title";

type Item = RouterOutputs["followUps"]["list"]["items"][number];

const HORIZONS = [30, 90, 365] as const;

/**
 * The 90-day follow-ups: overdue (still missing), due now and coming, each
 * leading to the form; below, those already recorded, outside-window marked.
 */
export function FollowUpsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParamsKeepingProject();
  const scope = params.get("scope") === "office" ? "office" : "mine";
  const horizon = HORIZONS.find((h) => String(h) === params.get("dagar")) ?? 30;
  useDocumentTitle(t("staff.followUps.title"));

  const open = useQuery(
    trpc.followUps.list.queryOptions(
      { scope, view: "open", horizonDays: horizon },
      { staleTime: 0 },
    ),
  );
  const recorded = useQuery(
    trpc.followUps.list.queryOptions({ scope, view: "recorded" }, { staleTime: 0 }),
  );

  function set(key: string, value: string, fallback: string) {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next);
  }

  const items = open.data?.items ?? [];
  const groups: { id: string; title: string; empty: string; rows: Item[] }[] = [
    {
      id: "overdue",
      title: t("staff.followUps.overdue"),
      empty: t("staff.followUps.overdueEmpty"),
      rows: items.filter((i) => i.status === "overdue"),
    },
    {
      id: "due",
      title: t("staff.followUps.due"),
      empty: t("staff.followUps.dueEmpty"),
      rows: items.filter((i) => i.status === "due"),
    },
    {
      id: "coming",
      title: t("staff.followUps.coming", { n: horizon }),
      empty: t("staff.followUps.comingEmpty"),
      rows: items.filter((i) => i.status === "notDue"),
    },
  ];

  return (
    <>
      <h1>{t("staff.followUps.title")}</h1>
      <p className="lead">{t("staff.followUps.lead")}</p>
      <form className="table-filters" onSubmit={(event) => event.preventDefault()}>
        <Select
          id="follow-up-scope"
          label={t("participants.scope")}
          value={scope}
          onChange={(event) => set("scope", event.target.value, "mine")}
          options={[
            { value: "mine", label: t("participants.scope.mine") },
            { value: "office", label: t("staff.caseload.scope.office") },
          ]}
        />
        <Select
          id="follow-up-horizon"
          label={t("staff.followUps.horizon")}
          value={String(horizon)}
          onChange={(event) => set("dagar", event.target.value, "30")}
          options={HORIZONS.map((h) => ({
            value: String(h),
            label: t("staff.followUps.horizonDays", { n: h }),
          }))}
        />
      </form>
      {open.isPending ? (
        <CaseLoading />
      ) : open.isError ? (
        <CaseLoadError title={t("staff.followUps.loadError")} error={open.error} />
      ) : (
        groups.map((group) => (
          <section key={group.id} aria-labelledby={`follow-ups-${group.id}`}>
            <h2 id={`follow-ups-${group.id}`}>
              {group.title} ({group.rows.length})
            </h2>
            {group.rows.length === 0 ? (
              <p className="secondary-text">{group.empty}</p>
            ) : (
              <FollowUpTable caption={group.title} rows={group.rows} open />
            )}
          </section>
        ))
      )}
      <section aria-labelledby="follow-ups-recorded">
        <h2 id="follow-ups-recorded">
          {t("staff.followUps.recorded")}
          {recorded.data ? ` (${recorded.data.items.length})` : ""}
        </h2>
        {recorded.isPending ? (
          <CaseLoading />
        ) : recorded.isError ? (
          <CaseLoadError title={t("staff.followUps.loadError")} error={recorded.error} />
        ) : recorded.data.items.length === 0 ? (
          <p className="secondary-text">{t("staff.followUps.recordedEmpty")}</p>
        ) : (
          <FollowUpTable
            caption={t("staff.followUps.recorded")}
            rows={recorded.data.items}
            open={false}
          />
        )}
      </section>
    </>
  );
}

function FollowUpTable({ caption, rows, open }: { caption: string; rows: Item[]; open: boolean }) {
  const project = useProjectDefinition();
  const { t } = useTranslation();
  return (
    <table className="simple-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("participants.col.name")}</th>
          <th scope="col">{t("participants.col.municipality")}</th>
          <th scope="col">{t("staff.followUps.col.exit")}</th>
          <th scope="col">{t("staff.followUps.col.window")}</th>
          <th scope="col">
            {open ? t("staff.followUps.col.status") : t("staff.followUps.col.recorded")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const window = windowFor(row.exitDate, row.dueDate, project);
          const name = `${row.familyName}, ${row.givenName}`;
          return (
            <tr key={row.followUpId}>
              <th scope="row">
                {open ? (
                  <Link to={PATHS.followUp(row.followUpId)}>{name}</Link>
                ) : (
                  <Link to={PATHS.participantSection(row.enrolmentId, "avslut")}>{name}</Link>
                )}
              </th>
              <td>{municipalityName(row.municipalityCode)}</td>
              <td>
                {formatDate(row.exitDate)}
                <br />
                {t(`vocab.exitReason.${row.exitReason}`)}
              </td>
              <td>
                {t("staff.followUps.dueOn", { date: formatDate(row.dueDate) })}
                {window ? (
                  <>
                    <br />
                    {t("staff.followUps.window", {
                      opens: formatDate(window.opensOn),
                      closes: formatDate(window.closesOn),
                    })}
                  </>
                ) : null}
              </td>
              <td>
                <FollowUpStatusTag status={row.status} />
                {!open && row.recordedOn ? (
                  <>
                    <br />
                    {formatDate(row.recordedOn)}
                    {row.outcome ? ` – ${t(`vocab.followUpOutcome.${row.outcome}`)}` : ""}
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { RouterOutputs } from "@opis/api";
import {
  type ColumnDef,
  formatNumber,
  ListTable,
  Notice,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useMemo } from "react";
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import { useParticipant } from "./participant-context";

type ActivityRow = RouterOutputs["activities"]["list"][number];

/** The participant's activities: what, who provides it, when, hours, the plan item it serves. */
export function ActivitiesScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const { enrolmentId, name, base } = useParticipant();
  useDocumentTitle(t("kommun.activities.docTitle", { name }));
  const query = useQuery(trpc.activities.list.queryOptions({ enrolmentId }));
  const plan = useQuery(trpc.plans.get.queryOptions({ enrolmentId }));
  const planItems = plan.data?.content.items;
  const columns = useMemo<ColumnDef<ActivityRow>[]>(
    () => [
      {
        id: "title",
        header: t("kommun.activities.col.title"),
        cell: ({ row: { original: a } }) => (
          <Link to={`${base}/insatser/${a.id}`}>
            {a.title}
            <span className="visually-hidden"> {t("kommun.activities.edit")}</span>
          </Link>
        ),
        meta: { rowHeader: true },
      },
      {
        id: "type",
        header: t("kommun.activities.col.type"),
        cell: ({ row }) => t(`vocab.activityType.${row.original.type}`),
      },
      {
        id: "provider",
        header: t("kommun.activities.col.provider"),
        cell: ({ row: { original: a } }) => a.employerName ?? a.provider ?? "–",
      },
      {
        id: "period",
        header: t("kommun.activities.col.period"),
        cell: ({ row: { original: a } }) => (
          <>
            {a.startDate} – {a.endDate ?? t("kommun.activities.ongoing")}
          </>
        ),
      },
      {
        id: "hours",
        header: t("kommun.activities.col.hours"),
        cell: ({ row }) => formatNumber(row.original.hoursPerWeek),
        meta: { numeric: true },
      },
      {
        id: "planItem",
        header: t("kommun.activities.col.planItem"),
        cell: ({ row: { original: a } }) =>
          a.planItemId ? (planItems?.find((i) => i.id === a.planItemId)?.description ?? "–") : "–",
      },
      {
        id: "validation",
        header: t("kommun.activities.col.validation"),
        cell: ({ row: { original: a } }) =>
          a.type === "validation"
            ? t(
                a.certificateIssued === true
                  ? "kommun.activities.certificateYes"
                  : a.certificateIssued === false
                    ? "kommun.activities.certificateNo"
                    : "kommun.activities.certificatePending",
                { module: a.validationModule ?? "" },
              )
            : "–",
      },
    ],
    [t, base, planItems],
  );

  return (
    <>
      <h2>{t("kommun.activities.title")}</h2>
      {saved ? (
        <Notice kind="success" role="status">
          <p>{t("kommun.activities.saved", { title: saved })}</p>
        </Notice>
      ) : null}
      <p>
        <Link to={`${base}/insatser/ny`} className="button">
          {t("kommun.activities.new")}
        </Link>
      </p>
      <ListTable
        query={query}
        caption={t("kommun.activities.caption", { name })}
        columns={columns}
        getRowId={(a) => a.id}
        scrollClassName="table-scroll-x"
        empty={<p>{t("kommun.activities.empty")}</p>}
      />
    </>
  );
}

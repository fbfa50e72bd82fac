import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber, formatPercent } from "../format/format";
import { useTRPC } from "../trpc/client";
import { CaseLoadError, CaseLoading } from "./case-states";

/** The participant's activities (insatser), newest plans first as the server orders them. */
export function CaseActivities({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const activities = useQuery(trpc.activities.list.queryOptions({ enrolmentId }));
  if (activities.isPending) return <CaseLoading />;
  if (activities.isError) {
    return <CaseLoadError title={t("case.activities.loadError")} error={activities.error} />;
  }
  if (activities.data.length === 0) {
    return (
      <div className="table-empty">
        <p>
          <strong>{t("case.activities.empty.title")}</strong>
        </p>
        <p>{t("case.activities.empty.body")}</p>
      </div>
    );
  }
  return (
    <table className="simple-table" data-testid="activities-table">
      <caption>{t("case.activities.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("case.activities.col.title")}</th>
          <th scope="col">{t("case.activities.col.type")}</th>
          <th scope="col">{t("case.activities.col.provider")}</th>
          <th scope="col">{t("case.activities.col.period")}</th>
          <th scope="col" className="numeric">
            {t("case.activities.col.hours")}
          </th>
        </tr>
      </thead>
      <tbody>
        {activities.data.map((a) => (
          <tr key={a.id}>
            <th scope="row">{a.title}</th>
            <td>{t(`vocab.activityType.${a.type}`)}</td>
            <td>{a.employerName ?? a.provider ?? "–"}</td>
            <td>
              {a.endDate
                ? t("case.activities.period", {
                    from: formatDate(a.startDate),
                    to: formatDate(a.endDate),
                  })
                : t("case.activities.periodOpen", { from: formatDate(a.startDate) })}
            </td>
            <td className="numeric">{formatNumber(a.hoursPerWeek)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const WEEKS = 4;

function hours(minutes: number): string {
  return formatNumber(Math.round((minutes / 60) * 10) / 10);
}

/**
 * Attendance of the last four weeks as a summary: planned and present time
 * of the recorded days, and the share present. The grid itself is the
 * municipality's.
 */
export function AttendanceSummary({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const summary = useQuery(trpc.attendance.summary.queryOptions({ enrolmentId, weeks: WEEKS }));
  if (summary.isPending) return <CaseLoading />;
  if (summary.isError) {
    return <CaseLoadError title={t("case.attendance.loadError")} error={summary.error} />;
  }
  const rows = summary.data.map((week) => ({
    weekStart: week.weekStart,
    inPeriod: week.inPeriod,
    days: week.days,
    planned: week.plannedMinutes,
    present: week.presentMinutes,
    absences: week.absences,
  }));

  return (
    <table className="simple-table" data-testid="attendance-summary">
      <caption>{t("case.attendance.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("case.attendance.col.week")}</th>
          <th scope="col" className="numeric">
            {t("case.attendance.col.days")}
          </th>
          <th scope="col" className="numeric">
            {t("case.attendance.col.planned")}
          </th>
          <th scope="col" className="numeric">
            {t("case.attendance.col.present")}
          </th>
          <th scope="col" className="numeric">
            {t("case.attendance.col.rate")}
          </th>
          <th scope="col" className="numeric">
            {t("case.attendance.col.absences")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.weekStart}>
            <th scope="row">{t("case.attendance.week", { date: formatDate(row.weekStart) })}</th>
            {!row.inPeriod ? (
              <td colSpan={5}>{t("case.attendance.notInPeriod")}</td>
            ) : row.days === 0 ? (
              <td colSpan={5}>{t("case.attendance.nothingRecorded")}</td>
            ) : (
              <>
                <td className="numeric">{formatNumber(row.days)}</td>
                <td className="numeric">{hours(row.planned)}</td>
                <td className="numeric">{hours(row.present)}</td>
                <td className="numeric">
                  {row.planned > 0 ? formatPercent(Math.min(1, row.present / row.planned)) : "–"}
                </td>
                <td className="numeric">{formatNumber(row.absences)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import {
  AttendanceGrid,
  isoWeekNumber,
  NotFound,
  todayIsoDate,
  useTranslation,
  weekStartFrom,
} from "@opis/ui";
import { useParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";

/** The weekly attendance grid; /narvaro is this week, /narvaro/2026-11-16 a chosen one. */
export function AttendanceScreen() {
  const { t } = useTranslation();
  const { weekStart: param } = useParams();
  const weekStart = weekStartFrom(param, todayIsoDate());
  useDocumentTitle(
    weekStart
      ? t("kommun.attendance.title", { week: isoWeekNumber(weekStart) })
      : t("app.notFound.title"),
  );
  if (!weekStart) return <NotFound />;
  return <AttendanceGrid weekStart={weekStart} weekHref={(w) => `/narvaro/${w}`} />;
}

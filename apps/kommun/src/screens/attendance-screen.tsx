import {
  AttendanceGrid,
  ConfirmDialog,
  isoWeekNumber,
  NotFound,
  todayIsoDate,
  useTranslation,
  useUnsavedChangesGuard,
  weekStartFrom,
} from "@opis/ui";
import { useState } from "react";
import { useParams } from "react-router";
import { useDocumentTitle } from "../use-document-title";

const weekHref = (weekStart: string) => `/narvaro/${weekStart}`;

/**
 * The weekly attendance grid; /narvaro is this week, /narvaro/2026-11-16 a
 * chosen one. Unsaved edits are guarded: another week, another link or the
 * back button asks first, and closing the tab gets the browser's prompt.
 */
export function AttendanceScreen() {
  const { t } = useTranslation();
  const { weekStart: param } = useParams();
  const weekStart = weekStartFrom(param, todayIsoDate());
  const [unsaved, setUnsaved] = useState(false);
  const guard = useUnsavedChangesGuard(unsaved);
  useDocumentTitle(
    weekStart
      ? t("kommun.attendance.title", { week: isoWeekNumber(weekStart) })
      : t("app.notFound.title"),
  );
  if (!weekStart) return <NotFound />;
  return (
    <>
      <AttendanceGrid weekStart={weekStart} weekHref={weekHref} onUnsavedChange={setUnsaved} />
      <ConfirmDialog
        open={guard.asking}
        title={t("kommun.attendance.leave.title")}
        confirmLabel={t("kommun.attendance.leave.confirm")}
        cancelLabel={t("kommun.attendance.leave.stay")}
        onConfirm={guard.leave}
        onCancel={guard.stay}
        destructive
      >
        <p>{t("kommun.attendance.leave.body", { week: isoWeekNumber(weekStart) })}</p>
      </ConfirmDialog>
    </>
  );
}

import { isoWeekNumber, weekStartFrom } from "@opis/domain";
import {
  AttendanceGrid,
  ConfirmDialog,
  todayIsoDate,
  useTranslation,
  useUnsavedChangesGuard,
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
  const week = weekStartFrom(param, todayIsoDate());
  const weekStart = week.ok ? week.weekStart : null;
  const [unsaved, setUnsaved] = useState(false);
  const guard = useUnsavedChangesGuard(unsaved);
  useDocumentTitle(
    weekStart
      ? t("kommun.attendance.title", { week: isoWeekNumber(weekStart) })
      : t("validation.date.invalid"),
  );
  // A week that is not a real date (/narvaro/2025-02-30) is a mistake in the address.
  if (!weekStart) {
    return (
      <>
        <h1>{t("kommun.attendance.invalidWeek")}</h1>
        <p role="alert">{t("validation.date.invalid")}</p>
      </>
    );
  }
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

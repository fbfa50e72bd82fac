import { addDays, type FollowUpStatus, followUpWindow, type ProjectDefinition } from "@opis/domain";
import {
  formatDate,
  StatusTag,
  type TagColour,
  useProjectDefinition,
  useTranslation,
} from "@opis/ui";

const COLOURS: Record<FollowUpStatus, TagColour> = {
  notDue: "grey",
  due: "blue",
  overdue: "red",
  recordedOnTime: "green",
  recordedOutsideWindow: "yellow",
};

/** A follow-up's state as text and colour ("Uppföljning försenad"). */
export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={COLOURS[status]}>{t(`vocab.followUpStatus.${status}`)}</StatusTag>;
}

/** The window in which a follow-up counts as on time, from the project's rule. */
export function windowFor(
  exitDate: string,
  dueDate: string,
  project: Pick<ProjectDefinition, "followUpRules"> | undefined,
) {
  const rules = project?.followUpRules ?? [];
  const rule = rules.find((r) => addDays(exitDate, r.offsetDays) === dueDate) ?? rules[0];
  return rule ? followUpWindow(rule, exitDate) : null;
}

/** After a due date: " (window)" when the project's rule gives one, else nothing. */
export function FollowUpWindowText({ exitDate, dueDate }: { exitDate: string; dueDate: string }) {
  const { t } = useTranslation();
  const window = windowFor(exitDate, dueDate, useProjectDefinition());
  return window
    ? ` ${t("staff.followUps.window", {
        opens: formatDate(window.opensOn),
        closes: formatDate(window.closesOn),
      })}`
    : "";
}

import type { NextAction } from "@opis/domain";
import { useTranslation } from "react-i18next";
import { StatusTag } from "../feedback/status-tag";
import { formatDate } from "../format/format";

/** "Skriv gemensam plan senast 2026-12-01", with "Försenad" as text and colour when late. */
export function NextActionText({ action }: { action: NextAction | null }) {
  const { t } = useTranslation();
  if (!action || action.kind === "none") return <>{t("vocab.nextActionKind.none")}</>;
  return (
    <>
      {t(`vocab.nextActionKind.${action.kind}`)}
      {action.dueDate ? (
        <> {t("case.nextAction.due", { date: formatDate(action.dueDate) })}</>
      ) : null}
      {action.source ? (
        <span className="next-action__source">
          {" "}
          ({t(`case.nextAction.source.${action.source}`)})
        </span>
      ) : null}
      {action.overdue ? (
        <>
          {" "}
          <StatusTag colour="red">{t("case.overdue")}</StatusTag>
        </>
      ) : null}
    </>
  );
}

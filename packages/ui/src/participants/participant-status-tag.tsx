import { useTranslation } from "react-i18next";
import { StatusTag } from "../feedback/status-tag";

export function ParticipantStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (status === "active") return <StatusTag colour="green">{t("status.active")}</StatusTag>;
  if (status === "exited") return <StatusTag colour="grey">{t("status.exited")}</StatusTag>;
  return <StatusTag colour="yellow">{status}</StatusTag>;
}

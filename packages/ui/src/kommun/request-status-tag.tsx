import type { ResourceRequestStatus } from "@opis/domain";
import { StatusTag, type TagColour } from "../feedback/status-tag";
import { useTranslation } from "../i18n";

const COLOURS: Record<ResourceRequestStatus, TagColour> = {
  submitted: "blue",
  accepted: "green",
  declined: "red",
  scheduled: "yellow",
  done: "grey",
};

/** A request for resource's status as text plus colour. */
export function RequestStatusTag({ status }: { status: ResourceRequestStatus }) {
  const { t } = useTranslation();
  return <StatusTag colour={COLOURS[status]}>{t(`kommun.requestStatus.${status}`)}</StatusTag>;
}

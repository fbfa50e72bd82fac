import type { RouterOutputs } from "@opis/api";
import type { ProjectDefinition } from "@opis/domain";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDate, formatTime } from "../format/format";
import { useProjectDefinition } from "../project/project-definition";
import { useTRPC } from "../trpc/client";
import { CaseLoadError, CaseLoading } from "./case-states";

type TimelineEvent = RouterOutputs["participants"]["timeline"][number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function when(at: string): string {
  return ISO_DATE.test(at) ? formatDate(at) : `${formatDate(at)} ${formatTime(at)}`;
}

function describe(
  t: TFunction,
  event: TimelineEvent,
  language: "sv" | "en",
  project: ProjectDefinition | undefined,
): string {
  const d = event.detail;
  switch (event.kind) {
    case "enrolled":
      return d.outcome ? String(t(`vocab.eligibilityOutcome.${d.outcome}`)) : "";
    case "planSaved":
      return String(t("case.timeline.planVersion", { version: d.version }));
    case "activityStarted":
      return `${t(`vocab.activityType.${d.type}`)}: ${d.title ?? ""}`;
    case "assessmentRecorded": {
      const instrument = project?.instruments.find((i) => i.id === d.instrumentId);
      const name = instrument ? instrument.name[language] : String(d.instrumentId);
      return d.value === null || d.value === undefined
        ? `${name} (${t(`vocab.assessmentPhase.${d.phase}`)})`
        : `${name}: ${d.value} (${t(`vocab.assessmentPhase.${d.phase}`)})`;
    }
    case "note":
    case "handover":
      return String(d.text ?? "");
    case "exited":
      return `${t(`vocab.exitReason.${d.reason}`)} – ${t(`vocab.exitStatus.${d.status}`)}`;
    case "followUpRecorded":
      return d.outcome ? String(t(`vocab.followUpOutcome.${d.outcome}`)) : "";
    case "recordCorrected":
    case "recordWithdrawn":
      return String(
        t("case.timeline.correction", {
          record: t(`case.correction.record.${d.recordType}`),
          key: d.recordType === "attendance" ? ` ${d.recordKey}` : "",
          reason: d.reason ?? "",
        }),
      );
    default:
      return "";
  }
}

/** Everything that happened in the case, from both organisations, newest first. */
export function CaseTimeline({ enrolmentId }: { enrolmentId: string }) {
  const project = useProjectDefinition();
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  const trpc = useTRPC();
  const timeline = useQuery(trpc.participants.timeline.queryOptions({ enrolmentId }));
  if (timeline.isPending) return <CaseLoading />;
  if (timeline.isError) {
    return <CaseLoadError title={t("case.timeline.loadError")} error={timeline.error} />;
  }
  if (timeline.data.length === 0) return <p>{t("case.timeline.empty")}</p>;
  return (
    <ol className="case-timeline" data-testid="timeline">
      {timeline.data.map((event, index) => {
        const text = describe(t, event, language, project);
        return (
          // Events have no id of their own; their order is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={`${event.kind}-${event.at}-${index}`}>
            <h3>{t(`case.timeline.kind.${event.kind}`)}</h3>
            <p className="case-timeline__meta">
              {when(event.at)}
              {event.actorName ? ` · ${event.actorName}` : ""}
              {event.organisation ? ` · ${t(`vocab.organisationKind.${event.organisation}`)}` : ""}
            </p>
            {text ? <p className="case-timeline__text">{text}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

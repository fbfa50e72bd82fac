import type { RouterOutputs } from "@opis/api";
import { type ProjectDefinition, priorityGroupsOf } from "@opis/domain";
import { useTranslation } from "react-i18next";
import { StatusTag } from "../feedback/status-tag";
import { formatDate, formatNumber, formatPercent } from "../format/format";
import { municipalityName } from "../layout/municipality-name";
import { ParticipantStatusTag } from "../participants/participant-status-tag";
import { useProjectDefinition } from "../project/project-definition";
import { NextActionText } from "./next-action";

export type CaseParticipant = RouterOutputs["participants"]["get"];

export function participantName(p: { person: { givenName: string; familyName: string } }) {
  return `${p.person.givenName} ${p.person.familyName}`;
}

/** The names of the project's priority groups the participant belongs to. */
function priorityGroupNames(
  project: ProjectDefinition | undefined,
  participant: CaseParticipant,
  language: "sv" | "en",
): string[] {
  const groups = project ? priorityGroupsOf(project) : [];
  return participant.priorityGroups.map(
    (id) => groups.find((g) => g.id === id)?.name[language] ?? id,
  );
}

/** Who the participant is and where the case stands: the top of every participant page. */
export function CaseHeader({ participant }: { participant: CaseParticipant }) {
  const { t, i18n } = useTranslation();
  const rate = participant.participationRate4Weeks;
  const project = useProjectDefinition(participant.projectId);
  const groups = priorityGroupNames(
    project,
    participant,
    i18n.language.startsWith("en") ? "en" : "sv",
  );
  return (
    <div className="case-header">
      <h1>{participantName(participant)}</h1>
      <p className="case-header__pin">
        <span className="visually-hidden">{t("case.header.pin")} </span>
        <span data-testid="masked-pin">{participant.person.maskedPin}</span>
      </p>
      <dl className="case-facts">
        <div>
          <dt>{t("case.header.status")}</dt>
          <dd>
            <ParticipantStatusTag status={participant.status} />
          </dd>
        </div>
        <div>
          <dt>{t("case.header.days")}</dt>
          <dd data-testid="days-in-project">
            {t("case.header.daysValue", {
              days: formatNumber(participant.daysInProject),
              date: formatDate(participant.startDate),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("case.header.rate")}</dt>
          <dd data-testid="participation-rate">
            {rate === null ? t("case.header.rateNone") : formatPercent(rate)}
          </dd>
        </div>
        <div>
          <dt>{t("case.header.nextAction")}</dt>
          <dd data-testid="next-action">
            <NextActionText action={participant.nextAction} />
          </dd>
        </div>
        <div>
          <dt>{t("case.header.workAvailability")}</dt>
          <dd data-testid="work-availability">
            {participant.workAvailabilityUntil
              ? t("case.header.workAvailabilityUntil", {
                  percent: formatNumber(participant.workAvailabilityPercent),
                  date: formatDate(participant.workAvailabilityUntil),
                })
              : t("case.header.workAvailabilityValue", {
                  percent: formatNumber(participant.workAvailabilityPercent),
                })}
          </dd>
        </div>
        {groups.length > 0 ? (
          <div>
            <dt>{t("casework.priorityGroup.header")}</dt>
            <dd data-testid="priority-groups">
              {groups.map((name) => (
                <StatusTag key={name} colour="blue">
                  {name}
                </StatusTag>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("case.header.municipality")}</dt>
          <dd>{municipalityName(participant.municipalityCode)}</dd>
        </div>
        <div>
          <dt>{t("case.header.people")}</dt>
          <dd>
            {t("case.header.peopleValue", {
              officer: participant.officerName,
              coordinator: participant.coordinatorName ?? t("participants.noCoordinator"),
            })}
          </dd>
        </div>
      </dl>
    </div>
  );
}

import {
  Breadcrumbs,
  CaseHeader,
  describeClientError,
  Notice,
  translateKey,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, NavLink, Outlet, useParams } from "react-router";
import { useDocumentTitle } from "../../use-document-title";
import type { ParticipantContext } from "./participant-context";

/** A participant's page: breadcrumbs, header, a sub-navigation and the chosen part. */
export function ParticipantLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { enrolmentId = "" } = useParams();
  const valid = /^[0-9a-f-]{36}$/i.test(enrolmentId);
  const query = useQuery({
    ...trpc.participants.get.queryOptions({ enrolmentId }),
    enabled: valid,
  });
  const unread = useQuery(trpc.notes.unread.queryOptions());
  const unreadHere = unread.data?.byEnrolment[enrolmentId] ?? 0;
  const participant = query.data;
  const name = participant
    ? `${participant.person.givenName} ${participant.person.familyName}`
    : t("kommun.participant.loadingName");
  useDocumentTitle(participant ? name : t("kommun.participant.notFound.title"));

  const notFound = !valid || describeClientError(query.error).code === "NOT_FOUND";
  if (notFound) {
    return (
      <>
        <Breadcrumbs
          items={[
            { to: "/", label: t("kommun.nav.participants") },
            { label: t("kommun.participant.notFound.title") },
          ]}
        />
        <h1>{t("kommun.participant.notFound.title")}</h1>
        <p>{t("errors.participant.notFound")}</p>
        <Link to="/">{t("kommun.participant.backToList")}</Link>
      </>
    );
  }
  if (query.isError) {
    return (
      <Notice kind="error" role="alert">
        <p>{t("kommun.participant.loadError")}</p>
        <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
      </Notice>
    );
  }
  if (!participant) return <p role="status">{t("app.loading")}</p>;

  const base = `/deltagare/${enrolmentId}`;
  const context: ParticipantContext = { participant, enrolmentId, name, base };
  return (
    <>
      <Breadcrumbs items={[{ to: "/", label: t("kommun.nav.participants") }, { label: name }]} />
      <CaseHeader participant={participant} />
      <nav className="sub-nav" aria-label={t("kommun.participant.subNav")}>
        <ul>
          <li>
            <NavLink to={base} end>
              {t("kommun.participant.tab.overview")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/plan`}>{t("kommun.participant.tab.plan")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/insatser`}>{t("kommun.participant.tab.activities")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/bedomningar`}>{t("kommun.participant.tab.assessments")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/meddelanden`}>
              {t("kommun.participant.tab.messages")}
              {unreadHere > 0 ? (
                <span className="badge">
                  {unreadHere}
                  <span className="visually-hidden"> {t("kommun.participant.unreadSuffix")}</span>
                </span>
              ) : null}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}

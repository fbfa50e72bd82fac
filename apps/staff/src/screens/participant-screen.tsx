import {
  AttendanceSummary,
  Breadcrumbs,
  CaseActivities,
  CaseAssessments,
  CaseHeader,
  CaseLoadError,
  CaseLoading,
  CaseNotes,
  CaseTabs,
  CaseTimeline,
  JointPlanEditor,
  NotFound,
  participantName,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { Link, Route, Routes, useParams } from "react-router";
import { ExitSection } from "../case/exit-section";
import { type CaseSection, PATHS } from "../paths";
import { useDocumentTitle } from "../use-document-title";

const SECTION_KEYS: Record<CaseSection | "overview", string> = {
  overview: "staff.case.tab.overview",
  plan: "staff.case.tab.plan",
  insatser: "staff.case.tab.activities",
  bedomningar: "staff.case.tab.assessments",
  anteckningar: "staff.case.tab.notes",
  avslut: "staff.case.tab.exit",
};

/** One participant at /deltagare/:enrolmentId, each section at its own URL. */
export function ParticipantScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { enrolmentId = "", "*": rest = "" } = useParams();
  const section = (rest.split("/")[0] || "overview") as CaseSection | "overview";
  const participant = useQuery(trpc.participants.get.queryOptions({ enrolmentId }));
  const unread = useQuery(trpc.notes.unread.queryOptions());
  const name = participant.data ? participantName(participant.data) : "";
  const sectionLabel = SECTION_KEYS[section] ? t(SECTION_KEYS[section]) : "";
  useDocumentTitle(name ? `${sectionLabel}: ${name}` : t("staff.case.title"));

  const crumbs = [
    { to: PATHS.home, label: t("staff.nav.home") },
    { to: PATHS.participants, label: t("staff.nav.participants") },
    ...(section === "overview"
      ? [{ label: name || t("app.loading") }]
      : [
          { to: PATHS.participant(enrolmentId), label: name || t("app.loading") },
          { label: sectionLabel },
        ]),
  ];

  if (participant.isPending) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <CaseLoading />
      </>
    );
  }
  if (participant.isError) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <h1>{t("staff.case.loadError")}</h1>
        <CaseLoadError title={t("staff.case.loadError")} error={participant.error}>
          <p>
            <Link to={PATHS.participants}>{t("staff.case.backToList")}</Link>
          </p>
        </CaseLoadError>
      </>
    );
  }

  const p = participant.data;
  const unreadCount = unread.data?.byEnrolment[enrolmentId] ?? 0;
  const notesLabel =
    unreadCount > 0
      ? t("staff.case.tab.notesUnread", { n: unreadCount })
      : t("staff.case.tab.notes");
  const tabs = [
    { to: PATHS.participant(enrolmentId), label: t(SECTION_KEYS.overview), end: true },
    { to: PATHS.participantSection(enrolmentId, "plan"), label: t(SECTION_KEYS.plan) },
    { to: PATHS.participantSection(enrolmentId, "insatser"), label: t(SECTION_KEYS.insatser) },
    {
      to: PATHS.participantSection(enrolmentId, "bedomningar"),
      label: t(SECTION_KEYS.bedomningar),
    },
    { to: PATHS.participantSection(enrolmentId, "anteckningar"), label: notesLabel },
    { to: PATHS.participantSection(enrolmentId, "avslut"), label: t(SECTION_KEYS.avslut) },
  ];

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <CaseHeader participant={p} />
      <CaseTabs tabs={tabs} />
      <Routes>
        <Route
          index
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.timeline")}</h2>
              <CaseTimeline enrolmentId={enrolmentId} />
            </section>
          }
        />
        <Route
          path="plan"
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.tab.plan")}</h2>
              <JointPlanEditor enrolmentId={enrolmentId} editable={p.status === "active"} />
            </section>
          }
        />
        <Route
          path="insatser"
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.tab.activities")}</h2>
              <p className="secondary-text">{t("staff.case.activitiesLead")}</p>
              <CaseActivities enrolmentId={enrolmentId} />
              <h3>{t("staff.case.attendance")}</h3>
              <AttendanceSummary enrolmentId={enrolmentId} />
            </section>
          }
        />
        <Route
          path="bedomningar"
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.tab.assessments")}</h2>
              <CaseAssessments enrolmentId={enrolmentId} />
            </section>
          }
        />
        <Route
          path="anteckningar"
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.tab.notes")}</h2>
              <CaseNotes
                enrolmentId={enrolmentId}
                handoverLabel={t("staff.case.handoverToKommun")}
              />
            </section>
          }
        />
        <Route
          path="avslut"
          element={
            <section aria-labelledby="section-title">
              <h2 id="section-title">{t("staff.case.tab.exit")}</h2>
              <ExitSection participant={p} />
            </section>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}

import {
  AttendanceSummary,
  Breadcrumbs,
  CaseActivities,
  CaseAssessments,
  CaseHeader,
  CaseLoadError,
  CaseLoading,
  CaseNotes,
  type CaseTab,
  CaseTabs,
  CaseTimeline,
  ConsentPanel,
  JointPlanEditor,
  NotFound,
  participantName,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import type { ReactNode } from "react";
import { Link, Route, Routes, useParams } from "react-router";
import { ExitSection } from "../case/exit-section";
import { WorkAvailabilitySection } from "../case/work-availability-section";
import { CASE_SECTIONS, type CaseSection, PATHS } from "../paths";
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
      ? t("staff.case.tab.notesUnread", { count: unreadCount })
      : t("staff.case.tab.notes");
  const tabs: CaseTab[] = [
    { to: PATHS.participant(enrolmentId), label: t(SECTION_KEYS.overview), end: true },
    ...CASE_SECTIONS.map((s) => ({
      to: PATHS.participantSection(enrolmentId, s),
      label: s === "anteckningar" ? notesLabel : t(SECTION_KEYS[s]),
    })),
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
            <>
              <WorkAvailabilitySection participant={p} />
              <SectionPanel title={t("staff.case.timeline")}>
                <CaseTimeline enrolmentId={enrolmentId} />
              </SectionPanel>
              <ConsentPanel enrolmentId={enrolmentId} canWithdraw={p.status === "active"} />
            </>
          }
        />
        <Route
          path="plan"
          element={
            <SectionPanel title={t("staff.case.tab.plan")}>
              <JointPlanEditor enrolmentId={enrolmentId} editable={p.status === "active"} />
            </SectionPanel>
          }
        />
        <Route
          path="insatser"
          element={
            <SectionPanel title={t("staff.case.tab.activities")}>
              <p className="secondary-text">{t("staff.case.activitiesLead")}</p>
              <CaseActivities enrolmentId={enrolmentId} />
              <h3>{t("staff.case.attendance")}</h3>
              <AttendanceSummary enrolmentId={enrolmentId} />
            </SectionPanel>
          }
        />
        <Route
          path="bedomningar"
          element={
            <SectionPanel title={t("staff.case.tab.assessments")}>
              <CaseAssessments enrolmentId={enrolmentId} />
            </SectionPanel>
          }
        />
        <Route
          path="anteckningar"
          element={
            <SectionPanel title={t("staff.case.tab.notes")}>
              <CaseNotes
                enrolmentId={enrolmentId}
                handoverLabel={t("staff.case.handoverToKommun")}
              />
            </SectionPanel>
          }
        />
        <Route
          path="avslut"
          element={
            <SectionPanel title={t("staff.case.tab.exit")}>
              <ExitSection participant={p} />
            </SectionPanel>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}

/** One section of the participant page, named by its heading. */
function SectionPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">{title}</h2>
      {children}
    </section>
  );
}

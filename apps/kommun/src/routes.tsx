import { AppShell, NotFound, SessionsScreen, useQuery, useTRPC, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { AttendanceScreen } from "./screens/attendance-screen";
import { EmployerEditScreen } from "./screens/employer-edit-screen";
import { EmployerScreen } from "./screens/employer-screen";
import { EmployersScreen } from "./screens/employers-screen";
import { GoalsScreen } from "./screens/goals-screen";
import { ActivitiesScreen } from "./screens/participant/activities-screen";
import { ActivityEditScreen } from "./screens/participant/activity-edit-screen";
import { AssessmentNewScreen } from "./screens/participant/assessment-new-screen";
import { AssessmentsScreen } from "./screens/participant/assessments-screen";
import { HandoversScreen } from "./screens/participant/handovers-screen";
import { ParticipantLayout } from "./screens/participant/participant-layout";
import { ParticipantOverview } from "./screens/participant/participant-overview";
import { ParticipantPlan } from "./screens/participant/participant-plan";
import { ParticipantsScreen } from "./screens/participants-screen";
import { RequestNewScreen } from "./screens/request-new-screen";
import { RequestScreen } from "./screens/request-screen";
import { RequestsScreen } from "./screens/requests-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notes.unread.queryOptions(), refetchInterval: 60_000 });
  const unreadTotal = unread.data?.total ?? 0;
  return (
    <AppShell
      appName={t("kommun.appName")}
      nav={[
        {
          to: "/",
          label:
            unreadTotal > 0
              ? t("kommun.nav.participantsUnread", { count: unreadTotal })
              : t("kommun.nav.participants"),
          end: true,
        },
        { to: "/narvaro", label: t("kommun.nav.attendance") },
        { to: "/forfragningar", label: t("kommun.nav.requests") },
        { to: "/arbetsgivare", label: t("kommun.nav.employers") },
        { to: "/mal", label: t("kommun.nav.goals") },
      ]}
    >
      <Routes>
        <Route index element={<ParticipantsScreen />} />
        <Route path="deltagare/:enrolmentId" element={<ParticipantLayout />}>
          <Route index element={<ParticipantOverview />} />
          <Route path="plan" element={<ParticipantPlan />} />
          <Route path="insatser" element={<ActivitiesScreen />} />
          <Route path="insatser/ny" element={<ActivityEditScreen />} />
          <Route path="insatser/:activityId" element={<ActivityEditScreen />} />
          <Route path="bedomningar" element={<AssessmentsScreen />} />
          <Route path="bedomningar/ny" element={<AssessmentNewScreen />} />
          <Route path="meddelanden" element={<HandoversScreen />} />
        </Route>
        <Route path="mal" element={<GoalsScreen />} />
        <Route path="narvaro" element={<AttendanceScreen />} />
        <Route path="narvaro/:weekStart" element={<AttendanceScreen />} />
        <Route path="arbetsgivare" element={<EmployersScreen />} />
        <Route path="arbetsgivare/ny" element={<EmployerEditScreen />} />
        <Route path="arbetsgivare/:employerId" element={<EmployerScreen />} />
        <Route path="arbetsgivare/:employerId/andra" element={<EmployerEditScreen />} />
        <Route path="forfragningar" element={<RequestsScreen />} />
        <Route path="forfragningar/ny" element={<RequestNewScreen />} />
        <Route path="forfragningar/:requestId" element={<RequestScreen />} />
        <Route path="inloggningar" element={<SessionsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

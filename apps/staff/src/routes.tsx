import { AppShell, NotFound, SessionsScreen, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { PATHS } from "./paths";
import { FollowUpRecordScreen } from "./screens/follow-up-record-screen";
import { FollowUpsScreen } from "./screens/follow-ups-screen";
import { HomeScreen } from "./screens/home-screen";
import { IntakeScreen } from "./screens/intake-screen";
import { LookupScreen } from "./screens/lookup-screen";
import { ParticipantScreen } from "./screens/participant-screen";
import { ParticipantsScreen } from "./screens/participants-screen";
import { RequestsScreen } from "./screens/requests-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  const nav = [
    { to: PATHS.home, label: t("staff.nav.home"), end: true },
    { to: PATHS.lookup, label: t("staff.nav.intake"), end: true },
    { to: PATHS.participants, label: t("staff.nav.participants") },
    { to: PATHS.followUps, label: t("staff.nav.followUps") },
    { to: PATHS.requests, label: t("staff.nav.requests") },
  ];
  return (
    <AppShell appName={t("staff.appName")} nav={nav}>
      <Routes>
        <Route index element={<HomeScreen />} />
        <Route path="intag" element={<LookupScreen />} />
        <Route path="intag/:intakeId" element={<IntakeScreen />} />
        <Route path="deltagare" element={<ParticipantsScreen />} />
        <Route path="deltagare/:enrolmentId/*" element={<ParticipantScreen />} />
        <Route path="uppfoljning" element={<FollowUpsScreen />} />
        <Route path="uppfoljning/:followUpId" element={<FollowUpRecordScreen />} />
        <Route path="forfragningar" element={<RequestsScreen />} />
        <Route path="inloggningar" element={<SessionsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

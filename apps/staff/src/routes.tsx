import { AppShell, NotFound, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { HomeScreen } from "./screens/home-screen";
import { IntakeScreen } from "./screens/intake-screen";
import { LookupScreen } from "./screens/lookup-screen";
import { ParticipantsScreen } from "./screens/participants-screen";

export const PATHS = {
  home: "/",
  lookup: "/intag",
  intake: (intakeId: string) => `/intag/${intakeId}`,
  participants: "/deltagare",
} as const;

export function AppRoutes() {
  const { t } = useTranslation();
  const nav = [
    { to: PATHS.home, label: t("staff.nav.home"), end: true },
    { to: PATHS.lookup, label: t("staff.nav.intake"), end: true },
    { to: PATHS.participants, label: t("staff.nav.participants") },
  ];
  return (
    <AppShell appName={t("staff.appName")} nav={nav}>
      <Routes>
        <Route index element={<HomeScreen />} />
        <Route path="intag" element={<LookupScreen />} />
        <Route path="intag/:intakeId" element={<IntakeScreen />} />
        <Route path="deltagare" element={<ParticipantsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

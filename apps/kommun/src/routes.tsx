import { AppShell, NotFound, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { ParticipantsScreen } from "./screens/participants-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <AppShell
      appName={t("kommun.appName")}
      nav={[{ to: "/", label: t("kommun.nav.participants"), end: true }]}
    >
      <Routes>
        <Route index element={<ParticipantsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

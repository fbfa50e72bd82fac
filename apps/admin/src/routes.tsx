import { AppShell, NotFound, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { GoalsScreen } from "./screens/goals-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <AppShell
      appName={t("admin.appName")}
      nav={[{ to: "/", label: t("admin.nav.goals"), end: true }]}
    >
      <Routes>
        <Route index element={<GoalsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

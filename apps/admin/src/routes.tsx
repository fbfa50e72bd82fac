import { AppShell, NotFound, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { ComparisonScreen } from "./screens/comparison-screen";
import { DataOutScreen } from "./screens/data-out-screen";
import { ExportsScreen } from "./screens/exports-screen";
import { FlowsScreen } from "./screens/flows-screen";
import { GoalsScreen } from "./screens/goals-screen";
import { ImportScreen } from "./screens/import-screen";
import { SuccessScreen } from "./screens/success-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <AppShell
      appName={t("admin.appName")}
      nav={[
        { to: "/", label: t("admin.nav.goals"), end: true },
        { to: "/floden", label: t("evaluation.nav.flows") },
        { to: "/framgangsfaktorer", label: t("evaluation.nav.success") },
        { to: "/jamforelsegrupp", label: t("evaluation.nav.comparison") },
        { to: "/export", label: t("evaluation.nav.exports") },
        { to: "/import", label: t("admin.nav.import") },
        { to: "/data", label: t("admin.nav.dataOut") },
      ]}
    >
      <Routes>
        <Route index element={<GoalsScreen />} />
        <Route path="floden" element={<FlowsScreen />} />
        <Route path="framgangsfaktorer" element={<SuccessScreen />} />
        <Route path="jamforelsegrupp" element={<ComparisonScreen />} />
        <Route path="export" element={<ExportsScreen />} />
        <Route path="import" element={<ImportScreen />} />
        <Route path="data" element={<DataOutScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

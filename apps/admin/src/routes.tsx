import { AppShell, NotFound, SessionsScreen, useCurrentUser, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { AuditScreen } from "./screens/audit-screen";
import { ComparisonScreen } from "./screens/comparison-screen";
import { ExportsScreen } from "./screens/exports-screen";
import { FlowsScreen } from "./screens/flows-screen";
import { GoalsScreen } from "./screens/goals-screen";
import { SuccessScreen } from "./screens/success-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  // The audit log is project management's (role admin); evaluators do not see it.
  const isAdmin = useCurrentUser().role === "admin";
  return (
    <AppShell
      appName={t("admin.appName")}
      nav={[
        { to: "/", label: t("admin.nav.goals"), end: true },
        { to: "/floden", label: t("evaluation.nav.flows") },
        { to: "/framgangsfaktorer", label: t("evaluation.nav.success") },
        { to: "/jamforelsegrupp", label: t("evaluation.nav.comparison") },
        { to: "/export", label: t("evaluation.nav.exports") },
        ...(isAdmin ? [{ to: "/granskningslogg", label: t("admin.nav.audit") }] : []),
      ]}
    >
      <Routes>
        <Route index element={<GoalsScreen />} />
        <Route path="floden" element={<FlowsScreen />} />
        <Route path="framgangsfaktorer" element={<SuccessScreen />} />
        <Route path="jamforelsegrupp" element={<ComparisonScreen />} />
        <Route path="export" element={<ExportsScreen />} />
        <Route path="inloggningar" element={<SessionsScreen />} />
        {isAdmin ? <Route path="granskningslogg" element={<AuditScreen />} /> : null}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

import { AppShell, NotFound, SessionsScreen, useCurrentUser, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { AuditScreen } from "./screens/audit-screen";
import { ComparisonScreen } from "./screens/comparison-screen";
import { DataOutScreen } from "./screens/data-out-screen";
import { ExportsScreen } from "./screens/exports-screen";
import { FlowsScreen } from "./screens/flows-screen";
import { GoalsScreen } from "./screens/goals-screen";
import { ImportScreen } from "./screens/import-screen";
import { RegisterExtractScreen } from "./screens/register-extract-screen";
import { SuccessScreen } from "./screens/success-screen";
import { UsersScreen } from "./screens/users-screen";

export function AppRoutes() {
  const { t } = useTranslation();
  // Project management's (role admin): the audit log and the person's rights; evaluators see neither.
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
        ...(isAdmin ? [{ to: "/registerutdrag", label: t("gdpr.nav") }] : []),
        ...(isAdmin ? [{ to: "/import", label: t("admin.nav.import") }] : []),
        ...(isAdmin ? [{ to: "/data", label: t("admin.nav.dataOut") }] : []),
        ...(isAdmin ? [{ to: "/anvandare", label: t("admin.nav.users") }] : []),
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
        {isAdmin ? <Route path="registerutdrag" element={<RegisterExtractScreen />} /> : null}
        {isAdmin ? <Route path="import" element={<ImportScreen />} /> : null}
        {isAdmin ? <Route path="data" element={<DataOutScreen />} /> : null}
        {isAdmin ? <Route path="anvandare" element={<UsersScreen />} /> : null}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

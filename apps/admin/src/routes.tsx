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

/**
 * The administrator's console is an area of its own (issue 13): the start page's
 * goal attainment and the administration, not the evaluator's tabs, whose screens
 * stay reachable by address. The shell allows at most seven items.
 */
const ADMIN_NAV = [
  { to: "/", key: "admin.nav.goals", end: true },
  { to: "/anvandare", key: "admin.nav.users", end: false },
  { to: "/granskningslogg", key: "admin.nav.audit", end: false },
  { to: "/registerutdrag", key: "gdpr.nav", end: false },
  { to: "/import", key: "admin.nav.import", end: false },
  { to: "/data", key: "admin.nav.dataOut", end: false },
] as const;

export function AppRoutes() {
  const { t } = useTranslation();
  // Project management's (role admin): users, the audit log, the person's rights, import and
  // data out; evaluators see none of them.
  const isAdmin = useCurrentUser().role === "admin";
  return (
    <AppShell
      appName={t("admin.appName")}
      nav={
        isAdmin
          ? ADMIN_NAV.map(({ to, key, end }) => ({ to, label: t(key), end }))
          : [
              { to: "/", label: t("admin.nav.goals"), end: true },
              { to: "/floden", label: t("evaluation.nav.flows") },
              { to: "/framgangsfaktorer", label: t("evaluation.nav.success") },
              { to: "/jamforelsegrupp", label: t("evaluation.nav.comparison") },
              { to: "/export", label: t("evaluation.nav.exports") },
            ]
      }
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

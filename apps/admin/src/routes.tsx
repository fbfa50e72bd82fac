import { AppShell, NotFound, SessionsScreen, useCurrentUser, useTranslation } from "@opis/ui";
import { Route, Routes } from "react-router";
import { AdministrationScreen } from "./screens/administration-screen";
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
  // Project management's (role admin): users, the audit log, the person's rights, import and
  // data out, in an area of its own (ADR 0030); evaluators see none of them.
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
        // The administrator's tools are one area of their own (the bar holds at most seven).
        ...(isAdmin ? [{ to: "/administration", label: t("admin.nav.administration") }] : []),
      ]}
    >
      <Routes>
        <Route index element={<GoalsScreen />} />
        <Route path="floden" element={<FlowsScreen />} />
        <Route path="framgangsfaktorer" element={<SuccessScreen />} />
        <Route path="jamforelsegrupp" element={<ComparisonScreen />} />
        <Route path="export" element={<ExportsScreen />} />
        <Route path="inloggningar" element={<SessionsScreen />} />
        {isAdmin ? (
          <Route path="administration">
            <Route index element={<AdministrationScreen />} />
            <Route path="granskningslogg" element={<AuditScreen />} />
            <Route path="registerutdrag" element={<RegisterExtractScreen />} />
            <Route path="import" element={<ImportScreen />} />
            <Route path="data" element={<DataOutScreen />} />
            <Route path="anvandare" element={<UsersScreen />} />
          </Route>
        ) : null}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

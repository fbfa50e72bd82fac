export { AuthGate, LogoutForm } from "./auth/auth-gate";
export { type CurrentUser, useCurrentUser } from "./auth/current-user";
export { loginUrl } from "./auth/login-url";
export { SessionsScreen } from "./auth/sessions-screen";
export * from "./case";
export { ConfirmDialog } from "./feedback/confirm-dialog";
export { Notice } from "./feedback/notice";
export { PageState } from "./feedback/page-state";
export { RouteErrorPage } from "./feedback/route-error-page";
export { SavedIndicator, type SaveState } from "./feedback/saved-indicator";
export { StatusTag, type TagColour } from "./feedback/status-tag";
export {
  guardUnload,
  leavesPage,
  type PageAddress,
  preventUnload,
  type UnsavedChangesGuard,
  useUnsavedChangesGuard,
} from "./feedback/use-unsaved-changes-guard";
export { Checkbox, RadioGroup } from "./form/choices";
export { DraftForm, useFormDraft } from "./form/draft-form";
export { ErrorSummary, type SummaryError } from "./form/error-summary";
export { describedBy, Field, FieldMessages } from "./form/field";
export { type Option, type OptionGroup, Select } from "./form/select";
export {
  DateInput,
  NumberInput,
  PersonalNumberInput,
  Textarea,
  TextInput,
} from "./form/text-input";
export {
  formatDate,
  formatNumber,
  formatPercent,
  formatTime,
  parseLocaleNumber,
  todayIsoDate,
} from "./format/format";
export { initI18n, type Language, setLanguage, translateKey } from "./i18n";
export * from "./kommun";
export {
  AppShell,
  Breadcrumbs,
  type Crumb,
  type NavItem,
  NotFound,
  SESSIONS_PATH,
} from "./layout/app-shell";
export { LanguageSwitch } from "./layout/language-switch";
export { municipalityName } from "./layout/municipality-name";
export * from "./participants";
export {
  type ActiveProject,
  activeProjectIdFromLocation,
  openProject,
  PROJECT_PARAM,
  useActiveProject,
} from "./project/active-project";
export { useProjectDefinition, useProjectDefinitionQuery } from "./project/project-definition";
export {
  useSearchParamsKeepingProject,
  withActiveProject,
} from "./project/project-search-params";
export { ProjectSwitcher } from "./project/project-switcher";
export * from "./statistics";
export { DataTable, type DataTableProps, type TableSort } from "./table/data-table";
export { type ListQuery, ListTable, type ListTableProps } from "./table/list-table";
export { AppliedFilters, TableSearch } from "./table/table-filters";
export { createOpisClient, useTRPC, useTRPCClient } from "./trpc/client";
export { describeClientError, isUnauthorized, type OpisErrorInfo } from "./trpc/errors";
export { createOpisQueryClient, TrpcProvider } from "./trpc/trpc-provider";
export * from "./vendor";

export { type CallerScope, enterCallerScope, RUNTIME_ROLE, scopedToCaller } from "./caller-scope";
export {
  type CreateDatabaseOptions,
  createDatabase,
  type Database,
  type DatabaseHandle,
  type Executor,
  type Transaction,
} from "./database";
export {
  type DatabaseErrorSummary,
  databaseRefusalOf,
  describeDatabaseError,
  isServerReportedError,
  isTransientDatabaseError,
} from "./database-errors";
export * from "./queries/activities";
export * from "./queries/assessments";
export * from "./queries/attendance";
export * from "./queries/audit-chain";
export * from "./queries/auth";
export * from "./queries/case-state";
export * from "./queries/comparison";
export * from "./queries/consents";
export * from "./queries/corrections";
export * from "./queries/employers";
export * from "./queries/exits";
export * from "./queries/intakes";
export * from "./queries/notes";
export * from "./queries/participant-imports";
export * from "./queries/participant-records";
export * from "./queries/participants";
export * from "./queries/person-record";
export * from "./queries/plans";
export * from "./queries/project-definitions";
export * from "./queries/project-export";
export * from "./queries/reminders";
export * from "./queries/resource-requests";
export * from "./queries/retention";
export * from "./queries/statistics";
export * from "./queries/todo";
export * from "./queries/user-admin";
export * as schema from "./schema";

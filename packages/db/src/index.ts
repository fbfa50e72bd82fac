export {
  type CreateDatabaseOptions,
  createDatabase,
  type Database,
  type DatabaseHandle,
  type Executor,
  type Transaction,
} from "./database";
export * from "./queries/auth";
export * from "./queries/intakes";
export * from "./queries/participant-records";
export * from "./queries/participants";
export * as schema from "./schema";
export * from "./queries/plans";
export * from "./queries/exits";
export * from "./queries/notes";
export * from "./queries/activities";
export * from "./queries/assessments";
export * from "./queries/attendance";

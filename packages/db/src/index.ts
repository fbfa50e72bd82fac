export {
  createDatabase,
  type CreateDatabaseOptions,
  type Database,
  type DatabaseHandle,
  type Executor,
  type Transaction,
} from "./database";
export * as schema from "./schema";
export * from "./queries/auth";

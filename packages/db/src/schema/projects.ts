import type { ProjectDefinition } from "@opis/domain";
import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * Registered project definitions (`opis project add FILE`), one row per
 * version. A version is never changed: a changed definition is a new version,
 * so figures computed under an earlier one can always name and replay it.
 */
export const projectDefinitions = pgTable(
  "project_definitions",
  {
    projectId: text("project_id").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<ProjectDefinition>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.version] })],
);

import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * One historical import of participations (`opis import participants` or the
 * admin console): an audited event that can be listed and undone as a whole
 * while nothing has been added to its participants since. Its enrolments name it.
 */
export const participantImports = pgTable(
  "participant_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: text("project_id").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    /** Data rows in the file. */
    rowCount: integer("row_count").notNull(),
    /** Participations written; the rest were already there (same personal number and start). */
    addedCount: integer("added_count").notNull(),
    skippedCount: integer("skipped_count").notNull(),
    /** Exits and recorded outcomes written: undo refuses once there are more. */
    exitsAdded: integer("exits_added").notNull(),
    outcomesAdded: integer("outcomes_added").notNull(),
    /** Null when run from the command line. */
    importedBy: uuid("imported_by").references(() => users.id),
    createdAt: createdAt(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneBy: uuid("undone_by").references(() => users.id),
  },
  (t) => [index("participant_imports_project_idx").on(t.projectId, t.createdAt)],
);

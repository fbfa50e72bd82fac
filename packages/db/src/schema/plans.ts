import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * The joint plan (gemensam plan), versioned: every save is a new row, so the
 * history is complete and a concurrent edit is caught by the unique version.
 */
export const jointPlans = pgTable(
  "joint_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    changeNote: text("change_note"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("joint_plans_version_uq").on(t.enrolmentId, t.version),
    index("joint_plans_enrolment_idx").on(t.enrolmentId),
  ],
);

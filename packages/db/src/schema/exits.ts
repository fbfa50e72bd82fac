import type { ExitReason, FollowUpSource } from "@opis/domain";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/** The end of a participation (avslut or avbrott); one per enrolment. */
export const exits = pgTable("exits", {
  enrolmentId: uuid("enrolment_id")
    .primaryKey()
    .references(() => enrolments.id, { onDelete: "cascade" }),
  exitDate: isoDate("exit_date").notNull(),
  reason: text("reason").$type<ExitReason>().notNull(),
  /** One of the project's status-at-exit categories (the standard ExitStatus unless it names its own). */
  status: text("status").notNull(),
  /** ESF+ immediate result: a qualification gained by the day of leaving. */
  gainedQualification: boolean("gained_qualification").notNull().default(false),
  note: text("note"),
  recordedBy: uuid("recorded_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

/**
 * A follow-up scheduled by a project's follow-up rule when a participant exits
 * (e.g. 90 days after). Outcome empty = not yet recorded; it is then pending
 * or missing, never a success or a failure.
 */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    ruleId: text("rule_id").notNull(),
    dueDate: isoDate("due_date").notNull(),
    /** One of the project's follow-up outcome categories. */
    outcome: text("outcome"),
    source: text("source").$type<FollowUpSource>(),
    recordedOn: isoDate("recorded_on"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("follow_ups_rule_uq").on(t.enrolmentId, t.ruleId),
    index("follow_ups_due_idx").on(t.dueDate),
  ],
);

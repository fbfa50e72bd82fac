import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Who read or changed what, and when. Every read of a person's data writes a
 * row here; rows are only ever inserted.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    action: text("action").notNull(),
    /** What kind of data was touched: "person", "enrolment", "statistics", … */
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    /** The people whose data was read or changed, for "who looked at me?" questions. */
    personIds: uuid("person_ids").array().notNull().default([]),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_actor_idx").on(t.actorUserId)],
);

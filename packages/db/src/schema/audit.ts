import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Who read or changed what, and when. Every read of a person's data writes a
 * row here; rows are only ever inserted (a trigger refuses UPDATE, DELETE and
 * TRUNCATE), and each row is chained to the one before by a hash (migrations 0008, 0011).
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
    // Set by the database when the inserting transaction commits (migration 0011), never
    // by the application; null only inside that transaction, before its COMMIT.
    /** The row's place in the hash chain: 1, 2, 3, … in commit order. */
    chainSeq: bigint("chain_seq", { mode: "number" }),
    /** The previous row's hash; null for the first row. */
    prevHash: text("prev_hash"),
    /** SHA-256 (hex) of the previous hash and this row's content. */
    hash: text("hash"),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_actor_idx").on(t.actorUserId)],
);

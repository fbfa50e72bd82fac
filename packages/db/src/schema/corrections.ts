import type { CorrectableRecord, CorrectionAction } from "@opis/domain";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * Every correction or withdrawal of a saved case record (migration 0011). The
 * record itself holds the current value, so every report uses it; this keeps
 * the old value, who changed it, when and why, for the record's history and
 * the timeline.
 */
export const recordCorrections = pgTable(
  "record_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    recordType: text("record_type").$type<CorrectableRecord>().notNull(),
    /** The record's id, or the date of an attendance day. */
    recordKey: text("record_key").notNull(),
    action: text("action").$type<CorrectionAction>().notNull(),
    reason: text("reason").notNull(),
    previous: jsonb("previous").$type<Record<string, unknown>>().notNull(),
    /** Null when withdrawn. */
    current: jsonb("current").$type<Record<string, unknown> | null>(),
    correctedBy: uuid("corrected_by")
      .notNull()
      .references(() => users.id),
    correctedAt: timestamp("corrected_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("record_corrections_enrolment_idx").on(t.enrolmentId, t.correctedAt),
    index("record_corrections_record_idx").on(t.recordType, t.recordKey),
  ],
);

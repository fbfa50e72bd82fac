import { index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate } from "./columns";
import { users } from "./users";

/**
 * The daily reminder job's digest of a user's due work: counts only, so a
 * reminder e-mail never carries personal data.
 */
export const reminderDigests = pgTable(
  "reminder_digests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: isoDate("day").notNull(),
    overdue: integer("overdue").notNull(),
    dueSoon: integer("due_soon").notNull(),
    counts: jsonb("counts").$type<Record<string, number>>().notNull(),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reminder_digests_user_day_uq").on(t.userId, t.day),
    index("reminder_digests_day_idx").on(t.day),
  ],
);

import type { ActivityType, ResourceRequestStatus } from "@opis/domain";
import { index, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * A request for resource (förfrågan om resurs): a municipality asks for a
 * specific intervention — what, how much, for whom, why — and follows it
 * from submitted to done.
 */
export const resourceRequests = pgTable(
  "resource_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityCode: text("municipality_code").notNull(),
    /** For whom: one participant, or empty for a group of the municipality's participants. */
    enrolmentId: uuid("enrolment_id").references(() => enrolments.id, { onDelete: "set null" }),
    forWhom: text("for_whom"),
    activityType: text("activity_type").$type<ActivityType>().notNull(),
    description: text("description").notNull(),
    hours: numeric("hours", { precision: 6, scale: 1, mode: "number" }),
    reason: text("reason").notNull(),
    status: text("status").$type<ResourceRequestStatus>().notNull().default("submitted"),
    declineReason: text("decline_reason"),
    scheduledFor: isoDate("scheduled_for"),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** When the requester opened the decision; until then it is on their to-do list. */
    decisionSeenAt: timestamp("decision_seen_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("resource_requests_municipality_idx").on(t.municipalityCode, t.status)],
);

import type { AbsenceReason, ActivityType } from "@opis/domain";
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";
import { employers } from "./employers";
import { enrolments } from "./enrolments";
import { resourceRequests } from "./resource-requests";
import { users } from "./users";

/** An activity or intervention (insats/aktivitet) for one participant. */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    type: text("type").$type<ActivityType>().notNull(),
    title: text("title").notNull(),
    provider: text("provider"),
    startDate: isoDate("start_date").notNull(),
    endDate: isoDate("end_date"),
    hoursPerWeek: numeric("hours_per_week", { precision: 4, scale: 1, mode: "number" }).notNull(),
    /** The internship's employer, from the employer register. */
    employerId: uuid("employer_id").references(() => employers.id, { onDelete: "set null" }),
    /** The request for resource this activity came from. */
    resourceRequestId: uuid("resource_request_id").references(() => resourceRequests.id, {
      onDelete: "set null",
    }),
    /** The joint-plan item this activity serves. */
    planItemId: text("plan_item_id"),
    validationModule: text("validation_module"),
    certificateIssued: boolean("certificate_issued"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("activities_enrolment_idx").on(t.enrolmentId)],
);

/**
 * One participant's attendance on one day. Minutes, not hours, keep the sums
 * exact; the row is narrow because a project year holds millions of them.
 */
export const attendance = pgTable(
  "attendance",
  {
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    date: isoDate("date").notNull(),
    plannedMinutes: smallint("planned_minutes").notNull(),
    presentMinutes: smallint("present_minutes").notNull(),
    absenceReason: text("absence_reason").$type<AbsenceReason>(),
    recordedBy: uuid("recorded_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.date] })],
);

/**
 * Each enrolment's attendance summed, kept by triggers on `attendance` (migration
 * 0004) so that statistics never aggregate the millions of day rows. Derived data:
 * never written by the application.
 */
export const attendanceTotals = pgTable("attendance_totals", {
  enrolmentId: uuid("enrolment_id")
    .primaryKey()
    .references(() => enrolments.id, { onDelete: "cascade" }),
  plannedMinutes: integer("planned_minutes").notNull(),
  presentMinutes: integer("present_minutes").notNull(),
});

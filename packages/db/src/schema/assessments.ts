import type { AssessmentPhase } from "@opis/domain";
import { index, jsonb, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * One use of an assessment instrument (step scale, self-rating, life wheel).
 * `value` holds a single-scale answer; `areaValues` a life wheel's areas.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    instrumentId: text("instrument_id").notNull(),
    phase: text("phase").$type<AssessmentPhase>().notNull(),
    assessedOn: isoDate("assessed_on").notNull(),
    value: smallint("value"),
    areaValues: jsonb("area_values").$type<Record<string, number>>(),
    assessedBy: uuid("assessed_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("assessments_enrolment_idx").on(t.enrolmentId, t.instrumentId, t.assessedOn)],
);

import type { BirthRegion, EducationLevel, Gender, MunicipalityCode } from "@opis/domain";
import {
  boolean,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";
import { intakes } from "./intake";
import { participantImports } from "./participant-imports";
import { people } from "./people";
import { users } from "./users";

export type EnrolmentStatus = "active" | "exited";

/**
 * A participation (deltagande) in a project. The facts at start that statistics
 * split by are copied here at enrolment, so that goal figures never change when
 * a person's record is later corrected, and evaluators never need `people`.
 */
export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: text("project_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    intakeId: uuid("intake_id")
      .notNull()
      .references(() => intakes.id),
    municipalityCode: text("municipality_code").$type<MunicipalityCode>().notNull(),
    officerUserId: uuid("officer_user_id")
      .notNull()
      .references(() => users.id),
    /** The AF office that owns the case (the officer's office at enrolment). */
    office: text("office").notNull(),
    coordinatorUserId: uuid("coordinator_user_id").references(() => users.id),
    startDate: isoDate("start_date").notNull(),
    status: text("status").$type<EnrolmentStatus>().notNull().default("active"),
    byException: boolean("by_exception").notNull().default(false),
    // Facts at start, for splits.
    gender: text("gender").$type<Gender>().notNull(),
    birthDate: isoDate("birth_date").notNull(),
    /** null: not known (an imported history may say so); statistics count it as unknown. */
    hasDisability: boolean("has_disability"),
    /** null: not known. */
    birthRegion: text("birth_region").$type<BirthRegion>(),
    educationLevel: text("education_level").$type<EducationLevel>().notNull(),
    workAvailabilityPercent: smallint("work_availability_percent").notNull(),
    /** The last day of the work availability (an AF decision); null: open-ended. */
    workAvailabilityUntil: isoDate("work_availability_until"),
    /** null: not known (imported histories carry no language level). */
    languageLevelAtStart: smallint("language_level_at_start"),
    monthsRegisteredAtStart: integer("months_registered_at_start").notNull(),
    priorityGroups: text("priority_groups").array().notNull().default([]),
    /** The historical import that wrote this participation, if any. */
    importId: uuid("import_id").references(() => participantImports.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("enrolments_intake_uq").on(t.intakeId),
    index("enrolments_project_municipality_idx").on(t.projectId, t.municipalityCode, t.status),
    index("enrolments_officer_idx").on(t.officerUserId, t.status),
    index("enrolments_office_idx").on(t.office, t.status),
    index("enrolments_person_idx").on(t.personId),
    index("enrolments_import_idx").on(t.importId),
  ],
);

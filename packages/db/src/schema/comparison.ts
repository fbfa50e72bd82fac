import type { BirthRegion, EducationLevel, FollowUpOutcome, Gender } from "@opis/domain";
import { boolean, index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate } from "./columns";
import { users } from "./users";

/** One imported extract of registered non-participants (the comparison group). */
export const comparisonImports = pgTable("comparison_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  projectId: text("project_id").notNull(),
  fileName: text("file_name").notNull(),
  rowCount: integer("row_count").notNull(),
  importedBy: uuid("imported_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

/** A pseudonymised person of the comparison group; no direct identifiers. */
export const comparisonUnits = pgTable(
  "comparison_units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    importId: uuid("import_id")
      .notNull()
      .references(() => comparisonImports.id, { onDelete: "cascade" }),
    pseudonym: text("pseudonym").notNull(),
    gender: text("gender").$type<Gender>().notNull(),
    birthYear: smallint("birth_year").notNull(),
    birthRegion: text("birth_region").$type<BirthRegion>().notNull(),
    educationLevel: text("education_level").$type<EducationLevel>().notNull(),
    hasDisability: boolean("has_disability").notNull(),
    monthsRegistered: integer("months_registered").notNull(),
    municipalityCode: text("municipality_code").notNull(),
    referenceDate: isoDate("reference_date").notNull(),
    outcome90: text("outcome_90").$type<FollowUpOutcome>().notNull(),
  },
  (t) => [index("comparison_units_import_idx").on(t.importId)],
);

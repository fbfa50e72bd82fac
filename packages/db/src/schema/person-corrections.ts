import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";
import { users } from "./users";

export type CorrectedPersonField = "givenName" | "familyName" | "personalIdentityNumber";

/**
 * Corrections of a person's name or number (GDPR art. 16): the old value is kept here,
 * with who changed it, when and why; `people` holds the current value.
 */
export const personCorrections = pgTable(
  "person_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    field: text("field").$type<CorrectedPersonField>().notNull(),
    oldValue: text("old_value").notNull(),
    newValue: text("new_value").notNull(),
    reason: text("reason").notNull(),
    correctedByUserId: uuid("corrected_by_user_id").references(() => users.id),
    correctedAt: timestamp("corrected_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("person_corrections_person_idx").on(t.personId, t.correctedAt)],
);

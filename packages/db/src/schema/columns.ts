import { date, timestamp } from "drizzle-orm/pg-core";

/** Calendar dates travel as ISO strings ("YYYY-MM-DD"), as in the domain package. */
export const isoDate = (name: string) => date(name, { mode: "string" });

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

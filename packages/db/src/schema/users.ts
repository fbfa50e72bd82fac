import type { OrganisationKind, Role } from "@opis/domain";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * People who log in. Role and scope live here, on the server, and are never
 * taken from the browser or the identity provider's claims.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The identity provider's stable subject ("sub") for this user. */
    subject: text("subject").notNull().unique(),
    name: text("name").notNull(),
    email: text("email"),
    role: text("role").$type<Role>().notNull(),
    organisation: text("organisation").$type<OrganisationKind>().notNull(),
    /** AF office (arbetsförmedlingskontor) an officer belongs to, e.g. "Jönköping". */
    office: text("office"),
    /** The municipality a coordinator works for. */
    municipalityCode: text("municipality_code"),
    /** The projects the user works in (ADR 0028); a call about any other project is NOT_FOUND. */
    projectIds: text("project_ids").array().notNull().default([]),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_office_idx").on(t.office),
    index("users_municipality_idx").on(t.municipalityCode),
  ],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** The ID token, kept for RP-initiated logout at the identity provider. */
    idToken: text("id_token"),
    /** Last request on the session: idle sessions end (SESSION_IDLE_MINUTES). */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** What the user sees and ends in their session list; the id never leaves the server. */
    handle: uuid("handle").notNull().defaultRandom(),
    /** The browser that logged in (shortened), so the user recognises the session. */
    userAgent: text("user_agent"),
    /** The assurance level (`acr`) the identity provider vouched for at login. */
    acr: text("acr"),
  },
  (t) => [
    index("sessions_user_idx").on(t.userId),
    index("sessions_expires_idx").on(t.expiresAt),
    uniqueIndex("sessions_handle_idx").on(t.handle),
  ],
);

/** An OIDC authorization request in flight (state, nonce and PKCE verifier). */
export const authRequests = pgTable("auth_requests", {
  state: text("state").primaryKey(),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  returnTo: text("return_to").notNull(),
  /** SHA-256 of the secret in the starting browser's login cookie (login CSRF). */
  browserBinding: text("browser_binding"),
  createdAt: createdAt(),
});

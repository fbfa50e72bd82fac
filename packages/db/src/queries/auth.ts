// Session, user and OIDC login-state queries (owned by the server/auth work).
// Every function takes the database (or an open transaction) as its first
// argument: no module singletons.
import { and, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "../database";
import { authRequests, sessions, users } from "../schema/users";

export type UserRecord = typeof users.$inferSelect;

/** The user fields a session resolves to: name, role and scope. */
export interface SessionUserRecord {
  id: string;
  name: string;
  role: UserRecord["role"];
  organisation: UserRecord["organisation"];
  office: string | null;
  municipalityCode: string | null;
}

export interface SessionWithUser {
  user: SessionUserRecord;
  expiresAt: Date;
  idToken: string | null;
}

export interface AuthRequestRecord {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** The user behind an identity provider subject ("sub"), active or not. */
export async function findUserBySubject(
  db: Executor,
  subject: string,
): Promise<UserRecord | undefined> {
  const rows = await db.select().from(users).where(eq(users.subject, subject)).limit(1);
  return rows[0];
}

export interface CreateSessionInput {
  /** SHA-256 (hex) of the random token kept in the browser's cookie. */
  tokenHash: string;
  userId: string;
  expiresAt: Date;
  idToken?: string | null;
}

export async function createSession(db: Executor, input: CreateSessionInput): Promise<void> {
  await db.insert(sessions).values({
    id: input.tokenHash,
    userId: input.userId,
    expiresAt: input.expiresAt,
    idToken: input.idToken ?? null,
  });
}

/**
 * The session's user, when the session exists, has not expired at `now` and
 * its user is still active. One indexed lookup joined to `users`.
 */
export async function findSessionUser(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      organisation: users.organisation,
      office: users.office,
      municipalityCode: users.municipalityCode,
      expiresAt: sessions.expiresAt,
      idToken: sessions.idToken,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { expiresAt, idToken, ...user } = row;
  return { user, expiresAt, idToken };
}

/** Deletes the session; returns its ID token (for logout at the IdP) when there was one. */
export async function deleteSession(
  db: Executor,
  tokenHash: string,
): Promise<{ idToken: string | null } | undefined> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.id, tokenHash))
    .returning({ idToken: sessions.idToken });
  return rows[0];
}

export async function saveAuthRequest(
  db: Executor,
  request: AuthRequestRecord & { createdAt?: Date },
): Promise<void> {
  await db.insert(authRequests).values({
    state: request.state,
    codeVerifier: request.codeVerifier,
    nonce: request.nonce,
    returnTo: request.returnTo,
    ...(request.createdAt ? { createdAt: request.createdAt } : {}),
  });
}

/**
 * Takes (reads and deletes, in one statement) the pending authorization
 * request for `state`, when it was created after `notBefore`.
 */
export async function takeAuthRequest(
  db: Executor,
  state: string,
  notBefore: Date,
): Promise<AuthRequestRecord | undefined> {
  const rows = await db.delete(authRequests).where(eq(authRequests.state, state)).returning({
    state: authRequests.state,
    codeVerifier: authRequests.codeVerifier,
    nonce: authRequests.nonce,
    returnTo: authRequests.returnTo,
    createdAt: authRequests.createdAt,
  });
  const row = rows[0];
  if (!row || row.createdAt <= notBefore) return undefined;
  const { createdAt: _createdAt, ...request } = row;
  return request;
}

export interface PurgeExpiredInput {
  now: Date;
  /** Pending authorization requests created before this are dropped. */
  authRequestsBefore: Date;
}

/** Drops expired sessions and stale authorization requests; returns how many of each. */
export async function purgeExpired(
  db: Executor,
  input: PurgeExpiredInput,
): Promise<{ sessions: number; authRequests: number }> {
  const deletedSessions = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, input.now))
    .returning({ id: sessions.id });
  const deletedRequests = await db
    .delete(authRequests)
    .where(lt(authRequests.createdAt, input.authRequestsBefore))
    .returning({ state: authRequests.state });
  return { sessions: deletedSessions.length, authRequests: deletedRequests.length };
}

/**
 * Inserts users that do not exist yet (matched by subject); existing rows are
 * left as they are. Used to put the demo users in place for the dev IdP.
 */
export async function insertUsersIfMissing(
  db: Executor,
  people: readonly {
    subject: string;
    name: string;
    email: string | null;
    role: UserRecord["role"];
    organisation: UserRecord["organisation"];
    office: string | null;
    municipalityCode: string | null;
  }[],
): Promise<number> {
  if (people.length === 0) return 0;
  const rows = await db
    .insert(users)
    .values(
      people.map((person) => ({
        subject: person.subject,
        name: person.name,
        email: person.email,
        role: person.role,
        organisation: person.organisation,
        office: person.office,
        municipalityCode: person.municipalityCode,
      })),
    )
    .onConflictDoNothing({ target: users.subject })
    .returning({ id: users.id });
  return rows.length;
}

/** Whether any user exists (the server seeds demo data into an empty database). */
export async function hasAnyUser(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

// Session, user and OIDC login-state queries (owned by the server/auth work).
// Every function takes the database (or an open transaction) as its first
// argument: no module singletons.
import { and, desc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
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
  /** The projects the user works in. */
  projectIds: string[];
}

export interface SessionWithUser {
  user: SessionUserRecord;
  expiresAt: Date;
  lastSeenAt: Date;
  /** The session's public handle (what the user's session list shows and ends). */
  handle: string;
  idToken: string | null;
}

export interface AuthRequestRecord {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  /** SHA-256 of the secret in the starting browser's cookie; null for rows from before it existed. */
  browserBinding: string | null;
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
  /** The login time; the idle clock starts here. */
  now?: Date;
  userAgent?: string | null;
  acr?: string | null;
}

export async function createSession(db: Executor, input: CreateSessionInput): Promise<void> {
  await db.insert(sessions).values({
    id: input.tokenHash,
    userId: input.userId,
    expiresAt: input.expiresAt,
    idToken: input.idToken ?? null,
    userAgent: input.userAgent ?? null,
    acr: input.acr ?? null,
    ...(input.now ? { createdAt: input.now, lastSeenAt: input.now } : {}),
  });
}

/**
 * Ends the user's sessions beyond the `keep` most recently used (ADR 0015): a new login
 * does not leave an unlimited number of older ones alive. Returns how many ended.
 */
export async function endSessionsBeyond(
  db: Executor,
  userId: string,
  keep: number,
): Promise<number> {
  const kept = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt))
    .limit(keep);
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), sql`${sessions.id} not in (${kept})`))
    .returning({ id: sessions.id });
  return rows.length;
}

/**
 * The session's user, when the session exists, has not expired at `now`, was used
 * after `idleSince` and its user is still active. One indexed lookup joined to `users`.
 */
export async function findSessionUser(
  db: Executor,
  tokenHash: string,
  now: Date,
  idleSince: Date = new Date(0),
): Promise<SessionWithUser | undefined> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      organisation: users.organisation,
      office: users.office,
      municipalityCode: users.municipalityCode,
      projectIds: users.projectIds,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      handle: sessions.handle,
      idToken: sessions.idToken,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.active, true),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { expiresAt, lastSeenAt, handle, idToken, ...user } = row;
  return { user, expiresAt, lastSeenAt, handle, idToken };
}

/** Records use of the session at `now` (the idle clock restarts). */
export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, tokenHash));
}

export interface SessionListing {
  handle: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  acr: string | null;
}

/** The user's live sessions (not expired, not idle), most recently used first. */
export async function listUserSessions(
  db: Executor,
  userId: string,
  now: Date,
  idleSince: Date,
): Promise<SessionListing[]> {
  return db
    .select({
      handle: sessions.handle,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      acr: sessions.acr,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/**
 * Ends the user's own sessions with these handles (another user's handle ends nothing).
 * Returns how many ended.
 */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  handles: readonly string[],
): Promise<number> {
  if (handles.length === 0) return 0;
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), inArray(sessions.handle, [...handles])))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Ends every session of the user except the one with `keepHandle`; returns how many ended. */
export async function deleteOtherSessions(
  db: Executor,
  userId: string,
  keepHandle: string,
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.handle, keepHandle)))
    .returning({ id: sessions.id });
  return rows.length;
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
    browserBinding: request.browserBinding,
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
    browserBinding: authRequests.browserBinding,
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
  /** Sessions unused since this are dropped too (idle timeout); unset = only expired ones. */
  idleBefore?: Date;
}

/** Drops expired sessions and stale authorization requests; returns how many of each. */
export async function purgeExpired(
  db: Executor,
  input: PurgeExpiredInput,
): Promise<{ sessions: number; authRequests: number }> {
  const deletedSessions = await db
    .delete(sessions)
    .where(
      input.idleBefore
        ? or(lt(sessions.expiresAt, input.now), lt(sessions.lastSeenAt, input.idleBefore))
        : lt(sessions.expiresAt, input.now),
    )
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
    /** The projects the user works in; none when left out. */
    projectIds?: readonly string[];
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
        projectIds: [...(person.projectIds ?? [])],
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

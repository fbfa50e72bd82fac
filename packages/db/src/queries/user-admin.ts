// The administrator's user and caseload queries (issue 13). They know nothing of
// roles: the API decides who may call them and validates what they write.
import {
  type OrganisationKind,
  type Role,
  SEARCH_FOLD_FROM,
  SEARCH_FOLD_TO,
  searchWords,
} from "@opis/domain";
import { and, arrayContains, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { caseNotes, enrolments, sessions, users } from "../schema";

export type UserSort = "name" | "role" | "createdAt";

export interface UserWrite {
  subject: string;
  name: string;
  email: string;
  role: Role;
  organisation: OrganisationKind;
  office: string | null;
  municipalityCode: string | null;
  projectIds: readonly string[];
}

const userColumns = {
  id: users.id,
  subject: users.subject,
  name: users.name,
  email: users.email,
  role: users.role,
  organisation: users.organisation,
  office: users.office,
  municipalityCode: users.municipalityCode,
  projectIds: users.projectIds,
  active: users.active,
  createdAt: users.createdAt,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every word, folded (Åsa = asa), somewhere in the name or e-mail. */
function userSearchCondition(search: string | undefined): SQL | undefined {
  const words = searchWords(search ?? "");
  if (words.length === 0) return undefined;
  const folded = sql`translate(lower(${users.name} || ' ' || coalesce(${users.email}, '')), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO})`;
  return and(...words.map((word) => sql`${folded} like ${`%${escapeLike(word)}%`}`));
}

/** The users who work in the project, with how many active participants each owns. */
export async function listProjectUsers(
  db: Executor,
  options: { projectId: string; search?: string; sort?: UserSort; descending?: boolean },
) {
  const caseload = db
    .select({ officerUserId: enrolments.officerUserId, activeCases: count().as("active_cases") })
    .from(enrolments)
    .where(and(eq(enrolments.projectId, options.projectId), eq(enrolments.status, "active")))
    .groupBy(enrolments.officerUserId)
    .as("caseload");
  const column =
    options.sort === "role"
      ? users.role
      : options.sort === "createdAt"
        ? users.createdAt
        : users.name;
  const direction = options.descending ? desc : asc;
  const rows = await db
    .select({ ...userColumns, activeCases: caseload.activeCases })
    .from(users)
    .leftJoin(caseload, eq(caseload.officerUserId, users.id))
    .where(
      and(
        arrayContains(users.projectIds, [options.projectId]),
        userSearchCondition(options.search),
      ),
    )
    .orderBy(direction(column), asc(users.name), asc(users.id))
    .limit(1000);
  return rows.map((r) => ({ ...r, activeCases: Number(r.activeCases ?? 0) }));
}

export type AdminUserRow = Awaited<ReturnType<typeof findUserById>>;

/** One user, active or not. */
export async function findUserById(db: Executor, userId: string) {
  const rows = await db.select(userColumns).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0];
}

/** The user with this e-mail address (case-insensitive), active or not. */
export async function findUserByEmail(db: Executor, email: string) {
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .orderBy(asc(users.createdAt))
    .limit(1);
  return rows[0];
}

export async function insertUser(db: Executor, user: UserWrite) {
  const [row] = await db
    .insert(users)
    .values({ ...user, projectIds: [...user.projectIds] })
    .returning(userColumns);
  if (!row) throw new Error("insertUser returned no row");
  return row;
}

export async function updateUser(
  db: Executor,
  userId: string,
  user: Omit<UserWrite, "subject"> & { subject?: string },
) {
  const [row] = await db
    .update(users)
    .set({ ...user, projectIds: [...user.projectIds] })
    .where(eq(users.id, userId))
    .returning(userColumns);
  return row;
}

/** Stores the identity provider's subject on a user first matched by e-mail. */
export async function setUserSubject(db: Executor, userId: string, subject: string) {
  await db.update(users).set({ subject }).where(eq(users.id, userId));
}

/**
 * Marks the user inactive and ends every session they have, in the caller's
 * transaction: the next request on any of them finds no session. Returns how
 * many sessions ended.
 */
export async function deactivateUser(db: Executor, userId: string): Promise<number> {
  await db.update(users).set({ active: false }).where(eq(users.id, userId));
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return ended.length;
}

/** The project's active administrators (whom a user without access should ask). */
export async function listProjectAdministrators(db: Executor, projectId: string) {
  return db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.role, "admin"),
        eq(users.active, true),
        arrayContains(users.projectIds, [projectId]),
      ),
    )
    .orderBy(asc(users.name));
}

/** Every active administrator, for a login that belongs to no project yet. */
export async function listActiveAdministrators(db: Executor) {
  return db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.name));
}

/** What a reassignment needs to know of one participation. */
export async function findEnrolmentOwners(db: Executor, enrolmentId: string) {
  const rows = await db
    .select({
      id: enrolments.id,
      projectId: enrolments.projectId,
      personId: enrolments.personId,
      municipalityCode: enrolments.municipalityCode,
      officerUserId: enrolments.officerUserId,
      office: enrolments.office,
      coordinatorUserId: enrolments.coordinatorUserId,
      status: enrolments.status,
    })
    .from(enrolments)
    .where(eq(enrolments.id, enrolmentId))
    .limit(1);
  return rows[0];
}

/** The officer's active participations in the project. */
export async function listActiveEnrolmentsOfOfficer(
  db: Executor,
  options: { projectId: string; officerUserId: string },
) {
  return db
    .select({
      id: enrolments.id,
      personId: enrolments.personId,
      municipalityCode: enrolments.municipalityCode,
    })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.projectId, options.projectId),
        eq(enrolments.officerUserId, options.officerUserId),
        eq(enrolments.status, "active"),
      ),
    )
    .orderBy(asc(enrolments.startDate), asc(enrolments.id));
}

/** Gives the participation a new officer; the owning office follows the officer's. */
export async function setEnrolmentOfficer(
  db: Executor,
  enrolmentId: string,
  officer: { userId: string; office: string },
) {
  await db
    .update(enrolments)
    .set({ officerUserId: officer.userId, office: officer.office })
    .where(eq(enrolments.id, enrolmentId));
}

export async function setEnrolmentCoordinator(
  db: Executor,
  enrolmentId: string,
  coordinatorUserId: string,
) {
  await db.update(enrolments).set({ coordinatorUserId }).where(eq(enrolments.id, enrolmentId));
}

/**
 * A handover note in the participant's case from the administrator: the new
 * owner's to-do list shows it until they open the participant's messages.
 */
export async function addAssignmentHandover(
  db: Executor,
  note: {
    enrolmentId: string;
    text: string;
    authorUserId: string;
    authorOrganisation: OrganisationKind;
  },
) {
  await db.insert(caseNotes).values({ ...note, kind: "handover" });
}

/** Every active user (the development IdP offers them beside the demo users). */
export async function listActiveUsers(db: Executor) {
  return db
    .select({
      subject: users.subject,
      name: users.name,
      email: users.email,
      role: users.role,
      organisation: users.organisation,
      office: users.office,
      municipalityCode: users.municipalityCode,
      projectIds: users.projectIds,
    })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

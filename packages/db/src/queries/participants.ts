import type { MunicipalityCode } from "@opis/domain";
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../database";
import { enrolments, people, users } from "../schema";

/** Which enrolments a caller may see; built by the API's access policy. */
export type EnrolmentScope =
  | { kind: "officer"; officerUserId: string }
  | { kind: "office"; office: string }
  | { kind: "municipality"; municipalityCode: MunicipalityCode };

export function enrolmentScopeCondition(scope: EnrolmentScope): SQL {
  switch (scope.kind) {
    case "officer":
      return eq(enrolments.officerUserId, scope.officerUserId);
    case "office":
      return eq(enrolments.office, scope.office);
    case "municipality":
      return eq(enrolments.municipalityCode, scope.municipalityCode);
  }
}

export type ParticipantSort = "name" | "startDate" | "municipality";

export interface ListParticipantsOptions {
  scope: EnrolmentScope;
  projectId: string;
  search?: string | undefined;
  status?: "active" | "exited" | undefined;
  municipalityCode?: MunicipalityCode | undefined;
  sort?: ParticipantSort | undefined;
  direction?: "asc" | "desc" | undefined;
  page: number;
  pageSize: number;
}

const officers = alias(users, "officer");
const coordinators = alias(users, "coordinator");

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function searchCondition(search: string): SQL | undefined {
  const text = search.trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, "");
  // A search made of digits (and - or +) is a personal number or part of one.
  if (digits.length >= 4 && /^[\d\s+-]+$/.test(text)) {
    return ilike(people.personalIdentityNumber, likePattern(digits));
  }
  const pattern = likePattern(text);
  return or(
    ilike(people.givenName, pattern),
    ilike(people.familyName, pattern),
    ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, pattern),
  );
}

export async function listParticipants(db: Executor, options: ListParticipantsOptions) {
  const conditions = [
    eq(enrolments.projectId, options.projectId),
    enrolmentScopeCondition(options.scope),
    options.status ? eq(enrolments.status, options.status) : undefined,
    options.municipalityCode
      ? eq(enrolments.municipalityCode, options.municipalityCode)
      : undefined,
    options.search ? searchCondition(options.search) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = and(...conditions);
  const direction = options.direction === "desc" ? desc : asc;
  const orderBy =
    options.sort === "startDate"
      ? [direction(enrolments.startDate), asc(enrolments.id)]
      : options.sort === "municipality"
        ? [direction(enrolments.municipalityCode), asc(people.familyName), asc(enrolments.id)]
        : [direction(people.familyName), direction(people.givenName), asc(enrolments.id)];

  // Sequential: inside a transaction the queries share one connection.
  const items = await db
    .select({
      enrolmentId: enrolments.id,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      personalIdentityNumber: people.personalIdentityNumber,
      gender: enrolments.gender,
      municipalityCode: enrolments.municipalityCode,
      status: enrolments.status,
      startDate: enrolments.startDate,
      officerName: officers.name,
      coordinatorName: coordinators.name,
    })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .innerJoin(officers, eq(officers.id, enrolments.officerUserId))
    .leftJoin(coordinators, eq(coordinators.id, enrolments.coordinatorUserId))
    .where(where)
    .orderBy(...orderBy)
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  const totals = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .where(where);
  return { items, total: totals[0]?.total ?? 0 };
}

/** One enrolment with its person, if it lies within the scope. */
export async function findParticipant(db: Executor, enrolmentId: string, scope: EnrolmentScope) {
  const rows = await db
    .select({
      enrolment: enrolments,
      person: people,
      officerName: officers.name,
      coordinatorName: coordinators.name,
    })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .innerJoin(officers, eq(officers.id, enrolments.officerUserId))
    .leftJoin(coordinators, eq(coordinators.id, enrolments.coordinatorUserId))
    .where(and(eq(enrolments.id, enrolmentId), enrolmentScopeCondition(scope)))
    .limit(1);
  return rows[0];
}

/** The enrolment row alone, if it lies within the scope. */
export async function findEnrolmentInScope(
  db: Executor,
  enrolmentId: string,
  scope: EnrolmentScope,
) {
  const rows = await db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.id, enrolmentId), enrolmentScopeCondition(scope)))
    .limit(1);
  return rows[0];
}

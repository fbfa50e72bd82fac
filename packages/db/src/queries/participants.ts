import {
  getProject,
  type IsoDate,
  type MunicipalityCode,
  type NextActionKind,
  type OrganisationKind,
  PLAN_DUE_DAYS,
  SEARCH_FOLD_FROM,
  SEARCH_FOLD_TO,
  STATUSES_WITHOUT_MUNICIPALITY_ACCESS,
  searchWords,
} from "@opis/domain";
import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  ne,
  type SQL,
  sql,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../database";
import {
  enrolments,
  exits,
  followUps,
  jointPlans,
  people,
  sharingConsents,
  users,
} from "../schema";
import { hasUnreadHandover } from "./handover-conditions";

/**
 * Which enrolments a caller may see; built by the API's access policy. `projectIds`,
 * when given, limits it to the projects the caller belongs to (ADR 0028).
 */
export type EnrolmentScope = (
  | { kind: "officer"; officerUserId: string }
  | { kind: "office"; office: string }
  | { kind: "municipality"; municipalityCode: MunicipalityCode }
) & { projectIds?: readonly string[] };

export function enrolmentScopeCondition(scope: EnrolmentScope): SQL {
  const inProjects = scope.projectIds
    ? scope.projectIds.length > 0
      ? inArray(enrolments.projectId, [...scope.projectIds])
      : sql`false`
    : undefined;
  switch (scope.kind) {
    case "officer":
      return and(eq(enrolments.officerUserId, scope.officerUserId), inProjects) as SQL;
    case "office":
      return and(eq(enrolments.office, scope.office), inProjects) as SQL;
    case "municipality":
      return and(
        eq(enrolments.municipalityCode, scope.municipalityCode),
        sharedWithMunicipality(),
        inProjects,
      ) as SQL;
  }
}

/**
 * The domain's rule `municipalityAccess` in SQL: no declined or withdrawn consent to
 * share this participation with the municipality (ADR 0016).
 */
export function sharedWithMunicipality(): SQL {
  return sql`not exists (select 1 from ${sharingConsents} where ${sharingConsents.intakeId} = ${enrolments.intakeId} and ${inArray(sharingConsents.status, [...STATUSES_WITHOUT_MUNICIPALITY_ACCESS])})`;
}

/** How a participant list can be sorted; `nextActionDue` is the next action's due date. */
export const PARTICIPANT_LIST_SORTS = [
  "name",
  "startDate",
  "municipality",
  "nextActionDue",
] as const;
export type ParticipantSort = (typeof PARTICIPANT_LIST_SORTS)[number];

export interface ListParticipantsOptions {
  scope: EnrolmentScope;
  projectId: string;
  search?: string | undefined;
  status?: "active" | "exited" | undefined;
  municipalityCode?: MunicipalityCode | undefined;
  /** Only the cases whose next action (the domain's nextCaseAction) is of this kind. */
  nextAction?: NextActionKind | undefined;
  /** Only the cases with handovers this organisation (the reader's) has not opened. */
  unreadBy?: OrganisationKind | undefined;
  /** Only the cases in this priority group of the project, or in any of them (`any`). */
  priorityGroup?: { kind: "any" } | { kind: "group"; id: string } | undefined;
  sort?: ParticipantSort | undefined;
  direction?: "asc" | "desc" | undefined;
  page: number;
  pageSize: number;
  /** The day the next action is computed for (the filter and the nextActionDue sort). */
  today: IsoDate;
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
  // Every word, folded (Ömer = omer, Åsa = asa), somewhere in the name, in any order.
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  const folded = sql`translate(lower(${people.givenName} || ' ' || ${people.familyName}), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO})`;
  return and(...words.map((word) => sql`${folded} like ${likePattern(word)}`));
}

/**
 * The domain's next-action rule (`nextCaseAction` in @opis/domain, fed as in the
 * API's `nextActionsFor`) restated in SQL over the same dated facts, so that the
 * caseload can be filtered and sorted by it before paging (ADR 0008). The page's
 * displayed next action still comes from the domain; a differential test over
 * generated cases keeps the two equal (packages/api/test/caseload.int.test.ts).
 *
 * Facts: the latest plan version and its review date (the plan's own, or for
 * an older plan without one its earliest open item's, as `nextPlanReview`),
 * and after an exit the follow-up
 * under one of the project's follow-up rules.
 */
function nextActionSql(db: Executor, projectId: string, today: IsoDate) {
  const ruleIds = getProject(projectId)?.followUpRules.map((r) => r.id) ?? [];
  const latestPlan = db
    .select({
      version: sql<number>`${jointPlans.version}`.as("plan_version"),
      nextReview: sql<string | null>`coalesce(
        (${jointPlans.content} ->> 'nextReviewDate')::date,
        (select min((item ->> 'reviewDate')::date)
           from jsonb_array_elements(${jointPlans.content} -> 'items') as item
          where item ->> 'status' in ('planned', 'ongoing')))`.as("plan_next_review"),
    })
    .from(jointPlans)
    // Once exited the plan no longer decides: skip reading it.
    .where(and(eq(jointPlans.enrolmentId, enrolments.id), ne(enrolments.status, "exited")))
    .orderBy(desc(jointPlans.version))
    .limit(1)
    .as("latest_plan");
  const followUp = db
    .select({
      dueDate: sql<string>`${followUps.dueDate}`.as("follow_up_due"),
      recordedOn: sql<string | null>`${followUps.recordedOn}`.as("follow_up_recorded"),
    })
    .from(followUps)
    // Only an exited case's follow-up decides: skip it for the others.
    .where(
      and(
        eq(followUps.enrolmentId, exits.enrolmentId),
        inArray(followUps.ruleId, ruleIds),
        eq(enrolments.status, "exited"),
      ),
    )
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(1)
    .as("exit_follow_up");
  // A follow-up recorded after `today` does not count yet (classifyFollowUp).
  const kind = sql<NextActionKind>`case
    when ${enrolments.status} = 'exited' then
      case when ${followUp.dueDate} is not null
             and (${followUp.recordedOn} is null or ${followUp.recordedOn} > ${today}::date)
           then 'recordFollowUp' else 'none' end
    when coalesce(${latestPlan.version}, 0) = 0 then 'writePlan'
    when ${latestPlan.nextReview} is not null then 'reviewPlan'
    else 'none'
  end`;
  const dueDate = sql<string | null>`case ${kind}
    when 'writePlan' then ${enrolments.startDate} + ${PLAN_DUE_DAYS}::integer
    when 'reviewPlan' then ${latestPlan.nextReview}
    when 'recordFollowUp' then ${followUp.dueDate}
  end`;
  return { latestPlan, followUp, kind, dueDate };
}

const listColumns = {
  enrolmentId: enrolments.id,
  personId: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  personalIdentityNumber: people.personalIdentityNumber,
  gender: enrolments.gender,
  municipalityCode: enrolments.municipalityCode,
  status: enrolments.status,
  startDate: enrolments.startDate,
  priorityGroups: enrolments.priorityGroups,
  officerName: officers.name,
  coordinatorName: coordinators.name,
};

/**
 * The ORDER BY of a sort, ending in the id so that paging is stable.
 * `nextActionDue` is the due-date expression, present when the rule is joined.
 */
function orderByFor(options: ListParticipantsOptions, nextActionDue?: SQL): SQL[] {
  const direction = options.direction === "desc" ? desc : asc;
  switch (options.sort) {
    case "startDate":
      return [direction(enrolments.startDate), asc(enrolments.id)];
    case "municipality":
      return [direction(enrolments.municipalityCode), asc(people.familyName), asc(enrolments.id)];
    case "nextActionDue":
      if (nextActionDue) {
        // Cases with nothing to do (no due date) come last in both directions.
        return [
          sql`${nextActionDue} ${options.direction === "desc" ? sql`desc` : sql`asc`} nulls last`,
          asc(people.familyName),
          asc(people.givenName),
          asc(enrolments.id),
        ];
      }
      break;
  }
  return [direction(people.familyName), direction(people.givenName), asc(enrolments.id)];
}

function priorityGroupCondition(filter: ListParticipantsOptions["priorityGroup"]): SQL | undefined {
  if (!filter) return undefined;
  return filter.kind === "any"
    ? sql`cardinality(${enrolments.priorityGroups}) > 0`
    : arrayContains(enrolments.priorityGroups, [filter.id]);
}

/**
 * A page of the caller's participants and how many there are in all. Every
 * filter, including the next action's kind, is applied by the database before
 * the page is cut, so totals and pages are right.
 */
export async function listParticipants(db: Executor, options: ListParticipantsOptions) {
  const conditions = [
    eq(enrolments.projectId, options.projectId),
    enrolmentScopeCondition(options.scope),
    options.status ? eq(enrolments.status, options.status) : undefined,
    options.municipalityCode
      ? eq(enrolments.municipalityCode, options.municipalityCode)
      : undefined,
    options.search ? searchCondition(options.search) : undefined,
    options.unreadBy ? hasUnreadHandover(db, options.unreadBy) : undefined,
    priorityGroupCondition(options.priorityGroup),
  ].filter((c): c is SQL => c !== undefined);
  const offset = (options.page - 1) * options.pageSize;
  if (options.nextAction !== undefined || options.sort === "nextActionDue") {
    return listByNextAction(db, options, conditions, offset);
  }
  const where = and(...conditions);
  // Sequential: inside a transaction the queries share one connection.
  const items = await db
    .select(listColumns)
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .innerJoin(officers, eq(officers.id, enrolments.officerUserId))
    .leftJoin(coordinators, eq(coordinators.id, enrolments.coordinatorUserId))
    .where(where)
    .orderBy(...orderByFor(options))
    .limit(options.pageSize)
    .offset(offset);
  const totals = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .where(where);
  return { items, total: totals[0]?.total ?? 0 };
}

/**
 * The list filtered or sorted by the next action: the rule is evaluated for
 * every case of the filtered scope in one query, the total counted by a window
 * over the same rows, then the page cut.
 */
async function listByNextAction(
  db: Executor,
  options: ListParticipantsOptions,
  conditions: SQL[],
  offset: number,
) {
  const next = nextActionSql(db, options.projectId, options.today);
  const where = and(
    ...conditions,
    options.nextAction ? sql`${next.kind} = ${options.nextAction}` : undefined,
  );
  const rows = await db
    .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .innerJoin(officers, eq(officers.id, enrolments.officerUserId))
    .leftJoin(coordinators, eq(coordinators.id, enrolments.coordinatorUserId))
    .leftJoinLateral(next.latestPlan, sql`true`)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .leftJoinLateral(next.followUp, sql`true`)
    .where(where)
    .orderBy(...orderByFor(options, next.dueDate))
    .limit(options.pageSize)
    .offset(offset);
  const items = rows.map(({ total: _total, ...item }) => item);
  if (rows.length > 0 || offset === 0) return { items, total: rows[0]?.total ?? 0 };
  // A page past the end has no row to carry the window count.
  const totals = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .leftJoinLateral(next.latestPlan, sql`true`)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .leftJoinLateral(next.followUp, sql`true`)
    .where(where);
  return { items, total: totals[0]?.total ?? 0 };
}

/**
 * The next action's kind and due date of every case in the scope, by the SQL
 * form of the rule: what the list filters and sorts by. For the differential
 * test against the domain's nextCaseAction, and for diagnostics.
 */
export async function listNextActionsBySql(
  db: Executor,
  options: { scope: EnrolmentScope; projectId: string; today: IsoDate },
): Promise<Map<string, { kind: NextActionKind; dueDate: string | null }>> {
  const next = nextActionSql(db, options.projectId, options.today);
  const rows = await db
    .select({
      enrolmentId: enrolments.id,
      kind: next.kind,
      dueDate: sql<string | null>`to_char(${next.dueDate}, 'YYYY-MM-DD')`,
    })
    .from(enrolments)
    .leftJoinLateral(next.latestPlan, sql`true`)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .leftJoinLateral(next.followUp, sql`true`)
    .where(
      and(eq(enrolments.projectId, options.projectId), enrolmentScopeCondition(options.scope)),
    );
  return new Map(rows.map(({ enrolmentId, ...action }) => [enrolmentId, action]));
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
/**
 * Sets the participant's work availability (percent and last day; null: open-ended)
 * and returns the values it replaced. The row is locked first, so two changes at
 * once keep each other's old value right. Null when there is no such enrolment.
 */
export async function setWorkAvailability(
  db: Executor,
  enrolmentId: string,
  values: { percent: number; until: string | null },
  at: Date,
): Promise<{ percent: number; until: string | null } | null> {
  const [previous] = await db
    .select({
      percent: enrolments.workAvailabilityPercent,
      until: enrolments.workAvailabilityUntil,
    })
    .from(enrolments)
    .where(eq(enrolments.id, enrolmentId))
    .for("update");
  if (!previous) return null;
  await db
    .update(enrolments)
    .set({
      workAvailabilityPercent: values.percent,
      workAvailabilityUntil: values.until,
      updatedAt: at,
    })
    .where(eq(enrolments.id, enrolmentId));
  return previous;
}

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

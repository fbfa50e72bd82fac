import type { ResourceRequestInput, ResourceRequestStatus } from "@opis/domain";
import { and, desc, eq, exists, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../database";
import { activities, enrolments, resourceRequests, users } from "../schema";

/**
 * Who sees which resource requests: a coordinator their municipality's; an AF
 * officer those of the municipalities their office serves (ADR 0013); project
 * management all of them, read-only.
 */
export type ResourceRequestScope =
  | { kind: "municipality"; municipalityCode: string }
  | { kind: "office"; office: string; homeMunicipalityCode: string | null }
  | { kind: "project" };

const servedBy = alias(enrolments, "served_by");
const namedEnrolment = alias(enrolments, "named_enrolment");

/**
 * An office serves the municipality it sits in and every municipality where it
 * owns a participation. A request naming a participant is the owning office's;
 * a group request is every serving office's.
 */
function scopeCondition(scope: ResourceRequestScope, db: Executor): SQL | undefined {
  if (scope.kind === "project") return undefined;
  if (scope.kind === "municipality") {
    return eq(resourceRequests.municipalityCode, scope.municipalityCode);
  }
  return or(
    and(
      isNotNull(resourceRequests.enrolmentId),
      exists(
        db
          .select({ one: sql`1` })
          .from(namedEnrolment)
          .where(
            and(
              eq(namedEnrolment.id, resourceRequests.enrolmentId),
              eq(namedEnrolment.office, scope.office),
            ),
          ),
      ),
    ),
    scope.homeMunicipalityCode
      ? and(
          isNull(resourceRequests.enrolmentId),
          eq(resourceRequests.municipalityCode, scope.homeMunicipalityCode),
        )
      : undefined,
    and(
      isNull(resourceRequests.enrolmentId),
      exists(
        db
          .select({ one: sql`1` })
          .from(servedBy)
          .where(
            and(
              eq(servedBy.municipalityCode, resourceRequests.municipalityCode),
              eq(servedBy.office, scope.office),
            ),
          ),
      ),
    ),
  );
}

export async function listResourceRequests(
  db: Executor,
  options: { scope: ResourceRequestScope; status?: ResourceRequestStatus | undefined },
) {
  const conditions = [
    scopeCondition(options.scope, db),
    options.status ? eq(resourceRequests.status, options.status) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select({ request: resourceRequests, requestedByName: users.name })
    .from(resourceRequests)
    .innerJoin(users, eq(users.id, resourceRequests.requestedBy))
    .where(and(...conditions))
    .orderBy(desc(resourceRequests.createdAt));
}

/** The request if it is in the scope (locked for update); undefined otherwise or when unknown. */
export async function findResourceRequestInScope(
  db: Executor,
  id: string,
  scope: ResourceRequestScope,
) {
  const [row] = await db
    .select()
    .from(resourceRequests)
    .where(and(eq(resourceRequests.id, id), scopeCondition(scope, db)))
    .for("update");
  return row;
}

export async function insertResourceRequest(
  db: Executor,
  values: { municipalityCode: string; input: ResourceRequestInput; requestedBy: string },
) {
  const [row] = await db
    .insert(resourceRequests)
    .values({
      municipalityCode: values.municipalityCode,
      ...values.input,
      requestedBy: values.requestedBy,
    })
    .returning({ id: resourceRequests.id });
  return row?.id;
}

export async function updateResourceRequest(
  db: Executor,
  id: string,
  values: Partial<typeof resourceRequests.$inferInsert>,
) {
  await db.update(resourceRequests).set(values).where(eq(resourceRequests.id, id));
}

/** The activities a request produced. */
export async function activitiesOfRequest(db: Executor, requestId: string) {
  return db
    .select({
      id: activities.id,
      title: activities.title,
      type: activities.type,
      startDate: activities.startDate,
    })
    .from(activities)
    .where(eq(activities.resourceRequestId, requestId));
}

/**
 * The caller's own requests whose decision they have not opened yet, oldest
 * decision first: the requester's to-do items.
 */
export async function listUnseenRequestDecisions(db: Executor, requestedBy: string) {
  return db
    .select({
      requestId: resourceRequests.id,
      activityType: resourceRequests.activityType,
      status: resourceRequests.status,
      decidedAt: resourceRequests.decidedAt,
    })
    .from(resourceRequests)
    .where(
      and(
        eq(resourceRequests.requestedBy, requestedBy),
        isNotNull(resourceRequests.decidedAt),
        isNull(resourceRequests.decisionSeenAt),
      ),
    )
    .orderBy(resourceRequests.decidedAt);
}

/** The requester has opened the decision; anyone else opening it changes nothing. */
export async function markRequestDecisionSeen(
  db: Executor,
  options: { requestId: string; requestedBy: string; at: Date },
) {
  await db
    .update(resourceRequests)
    .set({ decisionSeenAt: options.at })
    .where(
      and(
        eq(resourceRequests.id, options.requestId),
        eq(resourceRequests.requestedBy, options.requestedBy),
        isNotNull(resourceRequests.decidedAt),
        isNull(resourceRequests.decisionSeenAt),
      ),
    );
}

import type { ResourceRequestInput, ResourceRequestStatus } from "@opis/domain";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "../database";
import { activities, resourceRequests, users } from "../schema";

export async function listResourceRequests(
  db: Executor,
  options: { municipalityCode?: string | undefined; status?: ResourceRequestStatus | undefined },
) {
  const conditions = [
    options.municipalityCode
      ? eq(resourceRequests.municipalityCode, options.municipalityCode)
      : undefined,
    options.status ? eq(resourceRequests.status, options.status) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select({ request: resourceRequests, requestedByName: users.name })
    .from(resourceRequests)
    .innerJoin(users, eq(users.id, resourceRequests.requestedBy))
    .where(and(...conditions))
    .orderBy(desc(resourceRequests.createdAt));
}

export async function findResourceRequest(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(resourceRequests)
    .where(eq(resourceRequests.id, id))
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

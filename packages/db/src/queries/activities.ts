import type { ActivityInput } from "@opis/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database";
import { activities, employers } from "../schema";

export async function listActivities(db: Executor, enrolmentId: string) {
  return db
    .select({ activity: activities, employerName: employers.name })
    .from(activities)
    .leftJoin(employers, eq(employers.id, activities.employerId))
    .where(eq(activities.enrolmentId, enrolmentId))
    .orderBy(asc(activities.startDate), asc(activities.id));
}

export async function insertActivity(
  db: Executor,
  values: {
    enrolmentId: string;
    input: ActivityInput;
    createdBy: string;
    resourceRequestId?: string | null;
  },
) {
  const [row] = await db
    .insert(activities)
    .values({
      enrolmentId: values.enrolmentId,
      ...values.input,
      resourceRequestId: values.resourceRequestId ?? null,
      createdBy: values.createdBy,
    })
    .returning({ id: activities.id });
  return row?.id;
}

export async function findActivity(db: Executor, activityId: string) {
  const [row] = await db.select().from(activities).where(eq(activities.id, activityId));
  return row;
}

export async function updateActivity(
  db: Executor,
  activityId: string,
  input: ActivityInput,
  at: Date,
) {
  await db
    .update(activities)
    .set({ ...input, updatedAt: at })
    .where(eq(activities.id, activityId));
}

/** An employer of the municipality's register, if it is one. */
export async function findEmployerInMunicipality(
  db: Executor,
  employerId: string,
  municipalityCode: string,
) {
  const [row] = await db
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.id, employerId), eq(employers.municipalityCode, municipalityCode)));
  return row;
}

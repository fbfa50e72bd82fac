import type { JointPlanContent } from "@opis/domain";
import { desc, eq, max } from "drizzle-orm";
import type { Executor } from "../database";
import { jointPlans, users } from "../schema";

/** Every version of a participant's joint plan, newest first. */
export async function listPlanVersions(db: Executor, enrolmentId: string) {
  return db
    .select({
      version: jointPlans.version,
      content: jointPlans.content,
      changeNote: jointPlans.changeNote,
      createdAt: jointPlans.createdAt,
      createdByName: users.name,
      createdByOrganisation: users.organisation,
    })
    .from(jointPlans)
    .innerJoin(users, eq(users.id, jointPlans.createdBy))
    .where(eq(jointPlans.enrolmentId, enrolmentId))
    .orderBy(desc(jointPlans.version)) as Promise<
    {
      version: number;
      content: JointPlanContent;
      changeNote: string | null;
      createdAt: Date;
      createdByName: string;
      createdByOrganisation: "af" | "kommun";
    }[]
  >;
}

export async function currentPlanVersion(db: Executor, enrolmentId: string): Promise<number> {
  const [row] = await db
    .select({ version: max(jointPlans.version) })
    .from(jointPlans)
    .where(eq(jointPlans.enrolmentId, enrolmentId));
  return row?.version ?? 0;
}

export async function insertPlanVersion(
  db: Executor,
  values: {
    enrolmentId: string;
    version: number;
    content: JointPlanContent;
    changeNote: string | null;
    createdBy: string;
  },
) {
  await db.insert(jointPlans).values(values);
}

import type { AssessmentPhase } from "@opis/domain";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../database";
import { assessments, users } from "../schema";

export async function listAssessments(db: Executor, enrolmentId: string) {
  return db
    .select({
      id: assessments.id,
      instrumentId: assessments.instrumentId,
      phase: assessments.phase,
      assessedOn: assessments.assessedOn,
      value: assessments.value,
      areaValues: assessments.areaValues,
      assessedByName: users.name,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessedBy))
    .where(eq(assessments.enrolmentId, enrolmentId))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt));
}

export async function insertAssessment(
  db: Executor,
  values: {
    enrolmentId: string;
    instrumentId: string;
    phase: AssessmentPhase;
    assessedOn: string;
    value: number | null;
    areaValues: Record<string, number> | null;
    assessedBy: string;
  },
) {
  const [row] = await db.insert(assessments).values(values).returning({ id: assessments.id });
  return row?.id;
}

import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { intakes } from "../schema";

/** A decided target-group assessment, without the person. */
export interface IntakeDecisionRow {
  intakeId: string;
  status: "enrolled" | "declined";
  decidedOn: string | null;
  municipalityCode: string | null;
  gender: string | null;
  birthDate: string | null;
  birthRegion: string | null;
  educationLevel: string | null;
  hasDisability: boolean | null;
}

/** Intakes of a project that were assessed and decided (enrolled or declined): the target group seen. */
export async function loadIntakeDecisionRows(
  db: Executor,
  options: { projectId: string },
): Promise<IntakeDecisionRow[]> {
  const rows = await db
    .select({
      intakeId: intakes.id,
      status: intakes.status,
      decidedOn: sql<
        string | null
      >`to_char(${intakes.decidedAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`,
      municipalityCode: sql<string | null>`${intakes.facts}->>'municipalityCode'`,
      gender: sql<string | null>`${intakes.facts}->>'gender'`,
      birthDate: sql<string | null>`${intakes.facts}->>'birthDate'`,
      birthRegion: sql<string | null>`${intakes.facts}->>'birthRegion'`,
      educationLevel: sql<string | null>`${intakes.facts}->>'educationLevel'`,
      hasDisability: sql<string | null>`${intakes.facts}->>'hasDisabilityReducingWorkCapacity'`,
    })
    .from(intakes)
    .where(and(eq(intakes.projectId, options.projectId), isNotNull(intakes.decidedAt)));
  return rows
    .filter((r) => r.status === "enrolled" || r.status === "declined")
    .map((r) => ({
      ...r,
      status: r.status as "enrolled" | "declined",
      hasDisability: r.hasDisability === null ? null : r.hasDisability === "true",
    }));
}

import type { ProjectDefinition } from "@opis/domain";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, intakes, projectDefinitions } from "../schema";

export interface StoredProjectDefinition {
  projectId: string;
  version: number;
  definition: ProjectDefinition;
}

/** The latest version of every registered project, by project id. */
export async function listLatestProjectDefinitions(
  db: Executor,
): Promise<StoredProjectDefinition[]> {
  const rows = await db
    .selectDistinctOn([projectDefinitions.projectId], {
      projectId: projectDefinitions.projectId,
      version: projectDefinitions.version,
      definition: projectDefinitions.definition,
    })
    .from(projectDefinitions)
    .orderBy(projectDefinitions.projectId, desc(projectDefinitions.version));
  return rows;
}

/** One version of a registered project, or its latest when no version is given. */
export async function findProjectDefinition(
  db: Executor,
  projectId: string,
  version?: number,
): Promise<StoredProjectDefinition | null> {
  const [row] = await db
    .select({
      projectId: projectDefinitions.projectId,
      version: projectDefinitions.version,
      definition: projectDefinitions.definition,
    })
    .from(projectDefinitions)
    .where(
      version === undefined
        ? eq(projectDefinitions.projectId, projectId)
        : and(eq(projectDefinitions.projectId, projectId), eq(projectDefinitions.version, version)),
    )
    .orderBy(desc(projectDefinitions.version))
    .limit(1);
  return row ?? null;
}

/** Whether any intake or enrolment already belongs to the project. */
export async function projectHasData(db: Executor, projectId: string): Promise<boolean> {
  const [row] = await db
    .execute(
      sql`select exists (select 1 from ${intakes} where ${intakes.projectId} = ${projectId})
        or exists (select 1 from ${enrolments} where ${enrolments.projectId} = ${projectId}) as has`,
    )
    .then((r) => (r as unknown as { rows: { has: boolean }[] }).rows);
  return row?.has === true;
}

export type RegisterOutcome =
  | { kind: "added"; version: number }
  | { kind: "unchanged"; version: number }
  | { kind: "newVersion"; version: number; previous: number }
  | { kind: "needsNewVersion"; version: number };

/**
 * Registers a parsed definition. The first registration is version 1; the same
 * definition again changes nothing; a changed definition becomes the next
 * version, but only when asked (`newVersion`) once data exists under the
 * project: a definition never changes silently under existing participants.
 * Run inside a transaction.
 */
export async function registerProjectDefinition(
  db: Executor,
  definition: ProjectDefinition,
  options: { newVersion: boolean },
): Promise<RegisterOutcome> {
  const latest = await findProjectDefinition(db, definition.id);
  if (latest && sameDefinition(latest.definition, definition)) {
    return { kind: "unchanged", version: latest.version };
  }
  if (latest && !options.newVersion && (await projectHasData(db, definition.id))) {
    return { kind: "needsNewVersion", version: latest.version };
  }
  const version = (latest?.version ?? 0) + 1;
  await db.insert(projectDefinitions).values({ projectId: definition.id, version, definition });
  return latest
    ? { kind: "newVersion", version, previous: latest.version }
    : { kind: "added", version };
}

// jsonb does not keep key order, so compare with keys sorted.
function sameDefinition(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

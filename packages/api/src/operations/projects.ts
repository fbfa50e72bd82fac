import { type Executor, findProjectDefinition } from "@opis/db";
import { getProject, type ProjectDefinition } from "@opis/domain";

/** A project as the platform runs it: its definition and the version figures are computed under. */
export interface ResolvedProject {
  definition: ProjectDefinition;
  /** The registered version (`opis project add`); null for a definition built into the code. */
  version: number | null;
}

/**
 * The project with this id: its latest registered version, or else the
 * definition built into @opis/domain; null when neither exists.
 */
export async function resolveProject(
  db: Executor,
  projectId: string,
): Promise<ResolvedProject | null> {
  const stored = await findProjectDefinition(db, projectId);
  if (stored) return { definition: stored.definition, version: stored.version };
  const builtIn = getProject(projectId);
  return builtIn ? { definition: builtIn, version: null } : null;
}

/**
 * The definitions of several projects at once (a page of cases can span
 * projects): one lookup per distinct id; unknown ids are left out.
 */
export async function resolveProjects(
  db: Executor,
  projectIds: Iterable<string>,
): Promise<Map<string, ProjectDefinition>> {
  const found = new Map<string, ProjectDefinition>();
  // Sequential: inside a transaction the queries share one connection.
  for (const id of new Set(projectIds)) {
    const project = await resolveProject(db, id);
    if (project) found.set(id, project.definition);
  }
  return found;
}

import {
  type Database,
  findPeopleDueForRetention,
  listLatestProjectDefinitions,
  type PseudonymisedCounts,
  pseudonymisePeople,
} from "@opis/db";
import { isPastRetention, PROJECTS, type ProjectDefinition, retentionEndsOn } from "@opis/domain";
import { recordAudit } from "../audit";

export interface RetentionReport {
  today: string;
  dryRun: boolean;
  projects: { projectId: string; retentionEndsOn: string; due: boolean }[];
  /** People due (dry run) or pseudonymised. */
  people: number;
  erased: PseudonymisedCounts | null;
}

/** Every project the platform knows: registered definitions win over the built-in ones. */
async function knownProjects(db: Database): Promise<ProjectDefinition[]> {
  const byId = new Map<string, ProjectDefinition>(PROJECTS.map((p) => [p.id, p]));
  for (const stored of await listLatestProjectDefinitions(db)) {
    byId.set(stored.projectId, stored.definition);
  }
  return [...byId.values()];
}

/**
 * Applies the retention rule (ADR 0016): the people of projects past their retention
 * period are pseudonymised, in one transaction with its audit row. A dry run reports
 * who would be, and changes nothing. Safe to run again: done people are not touched.
 */
export async function runRetention(
  db: Database,
  options: { today: string; now: Date; dryRun: boolean; actorUserId?: string | null },
): Promise<RetentionReport> {
  const projects = (await knownProjects(db)).map((project) => ({
    projectId: project.id,
    retentionEndsOn: retentionEndsOn(project),
    due: isPastRetention(project, options.today),
  }));
  const due = projects.filter((p) => p.due).map((p) => p.projectId);
  return db.transaction(async (tx) => {
    const personIds = await findPeopleDueForRetention(tx, due);
    if (options.dryRun || personIds.length === 0) {
      return {
        today: options.today,
        dryRun: options.dryRun,
        projects,
        people: personIds.length,
        erased: null,
      };
    }
    const erased = await pseudonymisePeople(tx, personIds, options.now);
    await recordAudit(tx, {
      actorUserId: options.actorUserId ?? null,
      action: "retention.pseudonymise",
      subjectType: "person",
      personIds,
      details: { projects: due, ...erased },
    });
    return { today: options.today, dryRun: false, projects, people: personIds.length, erased };
  });
}

import {
  changesSinceImport,
  type Database,
  deleteImportedParticipations,
  findParticipantImport,
  listParticipantImports,
} from "@opis/db";
import { recordAudit } from "../../audit";
import { AppError } from "../../errors";

/** The project's imports, newest first, for the admin console and the CLI. */
export async function listImports(db: Database, projectId: string) {
  const rows = await listParticipantImports(db, projectId);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    fileSha256: r.fileSha256,
    rowCount: r.rowCount,
    added: r.addedCount,
    skipped: r.skippedCount,
    importedBy: r.importedByName,
    createdAt: r.createdAt.toISOString(),
    undoneAt: r.undoneAt?.toISOString() ?? null,
  }));
}

/**
 * Undoes an import as a whole: its participations, their intakes, exits and
 * follow-ups, and the people it created. Refused (CONFLICT, naming what was
 * added) once anything has been recorded on its participants since, so undo
 * never throws away later work. One transaction, one audit event.
 */
export async function undoImport(options: {
  db: Database;
  importId: string;
  actorUserId: string | null;
  /** The caller's projects (ADR 0028): an import of another project is not found. Left out by the CLI. */
  projectIds?: readonly string[];
}): Promise<{ removed: number }> {
  return options.db.transaction(async (tx) => {
    const record = await findParticipantImport(tx, options.importId);
    if (!record || (options.projectIds && !options.projectIds.includes(record.projectId)))
      throw new AppError("NOT_FOUND", "errors.import.notFound");
    if (record.undoneAt) throw new AppError("CONFLICT", "errors.import.alreadyUndone");
    const changed = await changesSinceImport(tx, record);
    if (changed.length > 0) {
      throw new AppError("CONFLICT", "errors.import.changedSince", { changedTables: changed });
    }
    const personIds = await deleteImportedParticipations(tx, record, options.actorUserId);
    await recordAudit(tx, {
      actorUserId: options.actorUserId,
      action: "import.participants.undo",
      subjectType: "participantImport",
      subjectId: record.id,
      personIds,
      details: { projectId: record.projectId, removed: record.addedCount },
    });
    return { removed: record.addedCount };
  });
}

import type { Executor } from "@opis/db";
import { schema } from "@opis/db";

export interface AuditRecord {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  personIds?: readonly string[];
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Reads of personal data call this in the same
 * transaction as the read, so no read goes unlogged.
 */
export async function recordAudit(db: Executor, record: AuditRecord): Promise<void> {
  await db.insert(schema.auditEvents).values({
    actorUserId: record.actorUserId,
    action: record.action,
    subjectType: record.subjectType,
    subjectId: record.subjectId ?? null,
    personIds: [...(record.personIds ?? [])],
    details: record.details ?? null,
  });
}

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
 * transaction as the read, so no read goes unlogged. The database chains each
 * row to the one before (migration 0008), so the log cannot be edited unnoticed.
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ids a refused call named (top-level fields that are uuids), so the log
 * says what was tried; other input (free text, personal numbers) is left out.
 */
function attemptedIds(rawInput: unknown): Record<string, string> {
  if (typeof rawInput !== "object" || rawInput === null) return {};
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawInput)) {
    if (typeof value === "string" && UUID.test(value)) ids[key] = value;
  }
  return ids;
}

/** A refused attempt (403/404), logged on its own: the work it refused was rolled back. */
export async function recordRefusal(
  db: Executor,
  refusal: {
    actorUserId: string;
    procedure: string;
    code: "FORBIDDEN" | "NOT_FOUND";
    reason: string;
    rawInput: unknown;
    requestId: string;
  },
): Promise<void> {
  await recordAudit(db, {
    actorUserId: refusal.actorUserId,
    action: "access.refused",
    subjectType: "procedure",
    subjectId: refusal.procedure,
    details: {
      code: refusal.code,
      reason: refusal.reason,
      ids: attemptedIds(refusal.rawInput),
      requestId: refusal.requestId,
    },
  });
}

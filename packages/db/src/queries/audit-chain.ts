import { and, arrayContains, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { auditEvents, users } from "../schema";

export interface AuditChainBreak {
  /** The first row that does not fit the chain. */
  id: number;
  chainSeq: number;
  reason: "contentChanged" | "linkBroken" | "rowsMissing";
}

export interface AuditChainReport {
  rowsChecked: number;
  firstBreak: AuditChainBreak | null;
}

interface ChainRow {
  id: string | number;
  chain_seq: string | number;
  prev_hash: string | null;
  hash: string;
  recomputed: string;
}

/**
 * Walks the audit chain in order, recomputing each row's hash in the database
 * (the same function the insert trigger uses), and stops at the first row whose
 * content, link to its predecessor or place in the sequence does not match.
 */
export async function verifyAuditChain(
  db: Executor,
  options: { batchSize?: number } = {},
): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  let afterSeq = 0;
  let previousHash: string | null = null;
  let rowsChecked = 0;
  for (;;) {
    const result = await db.execute(sql`
      SELECT id, chain_seq, prev_hash, hash,
             opis_audit_row_hash(prev_hash, chain_seq, id, at, actor_user_id, action,
                                 subject_type, subject_id, person_ids, details) AS recomputed
        FROM audit_events
       WHERE chain_seq > ${afterSeq}
       ORDER BY chain_seq
       LIMIT ${batchSize}`);
    const rows = (result as unknown as { rows: ChainRow[] }).rows;
    for (const row of rows) {
      const id = Number(row.id);
      const chainSeq = Number(row.chain_seq);
      const at = { id, chainSeq };
      if (chainSeq !== afterSeq + 1)
        return { rowsChecked, firstBreak: { ...at, reason: "rowsMissing" } };
      if (row.prev_hash !== previousHash) {
        return { rowsChecked, firstBreak: { ...at, reason: "linkBroken" } };
      }
      if (row.recomputed !== row.hash) {
        return { rowsChecked, firstBreak: { ...at, reason: "contentChanged" } };
      }
      rowsChecked += 1;
      afterSeq = chainSeq;
      previousHash = row.hash;
    }
    if (rows.length < batchSize) return { rowsChecked, firstBreak: null };
  }
}

export interface AuditSearch {
  personId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  /** First and last day (ISO dates, both inclusive), as days in Sweden. */
  fromDate?: string | undefined;
  toDate?: string | undefined;
  /** Keyset paging: rows older than this id. */
  beforeId?: number | undefined;
  limit: number;
}

const swedishDay = sql<string>`((${auditEvents.at} AT TIME ZONE 'Europe/Stockholm')::date)`;

/** Audit rows, newest first, with the actor's name. */
export async function searchAuditEvents(db: Executor, search: AuditSearch) {
  const conditions = [
    search.personId ? arrayContains(auditEvents.personIds, [search.personId]) : undefined,
    search.actorUserId ? eq(auditEvents.actorUserId, search.actorUserId) : undefined,
    search.action ? eq(auditEvents.action, search.action) : undefined,
    search.fromDate ? gte(swedishDay, search.fromDate) : undefined,
    search.toDate ? lte(swedishDay, search.toDate) : undefined,
    search.beforeId ? lt(auditEvents.id, search.beforeId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select({ event: auditEvents, actorName: users.name, actorRole: users.role })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(search.limit);
}

/** The distinct actions in the log, for the screen's filter. */
export async function auditActions(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(auditEvents.action);
  return rows.map((r) => r.action);
}

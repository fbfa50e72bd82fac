import { sql } from "drizzle-orm";
import type { Database, Executor } from "./database";

/** Who is asking, as row-level security sees it (migration 0009, ADR 0014). */
export interface CallerScope {
  readonly id: string;
  readonly role: string;
  readonly office: string | null;
  readonly municipalityCode: string | null;
}

/** The role a request's transactions run as: no DDL, no audit edits, subject to RLS. */
export const RUNTIME_ROLE = "opis_runtime";

/**
 * Makes the rest of the transaction run as the runtime role with the caller's
 * scope in transaction-local settings, so row-level security shows only the
 * caller's rows even to a query that forgot its WHERE clause. Both end with the
 * transaction.
 */
export async function enterCallerScope(tx: Executor, caller: CallerScope): Promise<void> {
  await tx.execute(sql`select
    set_config('opis.user_id', ${caller.id}, true),
    set_config('opis.role', ${caller.role}, true),
    set_config('opis.office', ${caller.office ?? ""}, true),
    set_config('opis.municipality', ${caller.municipalityCode ?? ""}, true)`);
  await tx.execute(sql.raw(`set local role ${RUNTIME_ROLE}`));
}

/**
 * The database as one caller's requests see it: every `transaction` enters the
 * caller's scope first. Statements outside a transaction run as the connection's
 * role; the API does its reads of personal data in transactions (with their audit row).
 */
export function scopedToCaller(db: Database, caller: CallerScope): Database {
  const transaction: Database["transaction"] = (work, config) =>
    db.transaction(async (tx) => {
      await enterCallerScope(tx, caller);
      return work(tx);
    }, config);
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "transaction") return transaction;
      return Reflect.get(target, property, receiver);
    },
  });
}

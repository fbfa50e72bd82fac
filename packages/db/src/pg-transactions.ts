import { type SQL, sql } from "drizzle-orm";
import { type NodePgDatabase, NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import type { PgTransactionConfig } from "drizzle-orm/pg-core";
import type pg from "pg";
import { isTransientDatabaseError } from "./database-errors";

interface SessionInternals {
  dialect: ConstructorParameters<typeof NodePgSession>[1];
  schema: ConstructorParameters<typeof NodePgSession>[2];
  options: ConstructorParameters<typeof NodePgSession>[3];
  transaction: (
    run: (tx: NodePgTransaction<Record<string, unknown>, never>) => Promise<unknown>,
    config?: PgTransactionConfig,
  ) => Promise<unknown>;
}

/**
 * Replaces drizzle's pooled `transaction` (0.45) with one that always gives its
 * connection back. Drizzle sends BEGIN outside its try/finally, so a connection
 * that dies between check-out and BEGIN is never released: after `max` such
 * failures the pool is empty for good and every request waits. Here a connection
 * that failed (lost, terminated, timed out) is released with the error, which
 * makes the pool destroy it instead of lending it out again.
 */
export function useLeakFreeTransactions<TSchema extends Record<string, unknown>>(
  db: NodePgDatabase<TSchema>,
  pool: pg.Pool,
): void {
  const session = (db as unknown as { session: SessionInternals }).session;
  session.transaction = async (run, config) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const txSession = new NodePgSession(client, session.dialect, session.schema, session.options);
      const tx = new NodePgTransaction(session.dialect, txSession, session.schema);
      const configSql = (tx as unknown as { getTransactionConfigSQL(c: PgTransactionConfig): SQL })
        .getTransactionConfigSQL;
      await tx.execute(sql`begin${config ? sql` ${configSql.call(tx, config)}` : undefined}`);
      try {
        const result = await run(tx as NodePgTransaction<Record<string, unknown>, never>);
        await tx.execute(sql`commit`);
        return result;
      } catch (error) {
        // If the connection is gone, ROLLBACK fails too; the server rolls back on its own.
        await tx.execute(sql`rollback`);
        throw error;
      }
    } catch (error) {
      if (isTransientDatabaseError(error)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  };
}

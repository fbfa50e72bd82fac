import {
  createDatabase,
  type DatabaseHandle,
  schema,
  scopedToCaller,
  verifyAuditChain,
} from "@opis/db";
import { benchDatabaseUrl, freshBenchDatabase } from "./bench-database";

export interface AuditChainRow {
  name: string;
  size: string;
  value: string;
}

/**
 * What the hash chain (ADR 0013) costs: audit rows per second written by
 * concurrent transactions (each one row, as a request writes), with and without
 * the runtime role's per-transaction scope (ADR 0014), and the time to verify a
 * chain of `rows` rows. PostgreSQL only.
 */
export async function benchAuditChain(options: {
  rows: number;
  clients: number;
}): Promise<AuditChainRow[]> {
  const name = "opis_bench_audit";
  const setup = await freshBenchDatabase(name);
  const [user] = await setup.db
    .insert(schema.users)
    .values({
      subject: "bench",
      name: "Bench",
      role: "officer",
      organisation: "af",
      office: "Kalmar",
    })
    .returning();
  await setup.close();
  const handle = await createDatabase({
    url: benchDatabaseUrl(name),
    maxConnections: options.clients,
  });
  const rows: AuditChainRow[] = [];
  try {
    const runs = [
      { label: "with the chain, as the owner", chain: true, scoped: false },
      {
        label: "with the chain, as opis_runtime with the caller's scope",
        chain: true,
        scoped: true,
      },
      { label: "without the chain (baseline: chain trigger off)", chain: false, scoped: false },
    ];
    for (const run of runs) {
      if (!run.chain) {
        rows.push(await verified(handle));
        // The baseline switches the chain off, on this throw-away database only.
        await handle.executeSql(
          "ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain, DISABLE TRIGGER audit_events_seal; DROP INDEX audit_events_chain_seq_uq",
        );
      }
      const db = run.scoped && user ? scopedToCaller(handle.db, user) : handle.db;
      const perClient = Math.ceil(options.rows / options.clients);
      const started = performance.now();
      await Promise.all(
        Array.from({ length: options.clients }, async (_, c) => {
          for (let i = 0; i < perClient; i++) {
            await db.transaction(async (tx) => {
              await tx.insert(schema.auditEvents).values({
                actorUserId: user?.id ?? null,
                action: "bench.read",
                subjectType: "person",
                details: { c, i },
              });
            });
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        name: `audit rows written, one per transaction, ${run.label}`,
        size: `${perClient * options.clients} rows, ${options.clients} clients`,
        value: `${Math.round((perClient * options.clients) / seconds)} rows/s`,
      });
    }
  } finally {
    await handle.close();
  }
  return rows;
}

async function verified(handle: DatabaseHandle): Promise<AuditChainRow> {
  const started = performance.now();
  const report = await verifyAuditChain(handle.db);
  if (report.firstBreak) throw new Error("the benchmark's chain is broken");
  return {
    name: "`opis audit verify` (recompute and check every hash)",
    size: `${report.rowsChecked} rows`,
    value: `${Math.round(performance.now() - started)} ms`,
  };
}

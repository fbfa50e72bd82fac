import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src";
import { schema, verifyAuditChain } from "../src";
import { createTestDatabase } from "../src/testing";

const PERSON = "0b7a3c6e-0000-4000-8000-000000000001";

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    return cause.code ?? String(error);
  }
}

/** Issue 10 item 3: the audit log is append-only and a hash chain shows any edit. */
describe("tamper-evident audit log", () => {
  let handle: DatabaseHandle;
  const sqlOf = (text: string) => handle.executeSql(text);
  /** What an attacker with the owner's rights does: switch the guard off, edit, switch it on. */
  const behindTheTriggersBack = (statement: string) =>
    sqlOf(
      `ALTER TABLE audit_events DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_events ENABLE TRIGGER USER`,
    );

  beforeAll(async () => {
    handle = await createTestDatabase();
    for (let i = 0; i < 5; i++) {
      await handle.db.insert(schema.auditEvents).values({
        actorUserId: null,
        action: `probe.${i}`,
        subjectType: "person",
        personIds: [PERSON],
        details: { i, text: 'åäö "quoted"' },
      });
    }
  });
  afterAll(() => handle.close());

  it("chains every row to the one before, in order", async () => {
    const rows = await handle.db
      .select()
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.chainSeq);
    expect(rows.map((r) => r.chainSeq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.prevHash).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(await verifyAuditChain(handle.db)).toEqual({ rowsChecked: 5, firstBreak: null });
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    expect(
      await refusal(
        handle.db
          .update(schema.auditEvents)
          .set({ action: "x" })
          .where(eq(schema.auditEvents.chainSeq, 2)),
      ),
    ).toBe("42501");
    expect(await refusal(handle.db.delete(schema.auditEvents))).toBe("42501");
    expect(await refusal(handle.db.execute(sql`TRUNCATE audit_events`))).toBe("42501");
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it("names the first edited row when one was changed with the triggers off", async () => {
    const [third] = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.chainSeq, 3));
    await behindTheTriggersBack(`UPDATE audit_events SET action = 'innocent' WHERE chain_seq = 3`);
    expect(await verifyAuditChain(handle.db, { batchSize: 2 })).toEqual({
      rowsChecked: 2,
      firstBreak: { id: third?.id, chainSeq: 3, reason: "contentChanged" },
    });
    // Recomputing the edited row's hash moves the break to the next row's link.
    await behindTheTriggersBack(
      `UPDATE audit_events SET hash = opis_audit_row_hash(prev_hash, chain_seq, id, at, actor_user_id, action, subject_type, subject_id, person_ids, details) WHERE chain_seq = 3`,
    );
    expect((await verifyAuditChain(handle.db)).firstBreak).toMatchObject({
      chainSeq: 4,
      reason: "linkBroken",
    });
    await behindTheTriggersBack(
      `UPDATE audit_events SET action = 'probe.2', hash = '${third?.hash}' WHERE chain_seq = 3`,
    );
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it("names the row after a deleted one", async () => {
    const [fifth] = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.chainSeq, 5));
    await behindTheTriggersBack(`DELETE FROM audit_events WHERE chain_seq = 4`);
    expect(await verifyAuditChain(handle.db)).toEqual({
      rowsChecked: 3,
      firstBreak: { id: fifth?.id, chainSeq: 5, reason: "rowsMissing" },
    });
  });

  it("concurrent writers never fork the chain", async () => {
    const fresh = await createTestDatabase();
    try {
      await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          fresh.db.transaction(async (tx) => {
            await tx.insert(schema.auditEvents).values({ action: `c.${i}`, subjectType: "probe" });
            await tx.execute(sql`SELECT pg_sleep(0.01)`);
            await tx
              .insert(schema.auditEvents)
              .values({ action: `c.${i}.b`, subjectType: "probe" });
          }),
        ),
      );
      expect(await verifyAuditChain(fresh.db)).toEqual({ rowsChecked: 48, firstBreak: null });
    } finally {
      await fresh.close();
    }
    // A fresh migrated database and 24 serialised writers: slow on a loaded machine.
  }, 120_000);
});

describe("the chain's lock is held only while a writer commits (migration 0011)", () => {
  it.runIf(process.env.DATABASE_URL)(
    "a transaction with an audit row does not hold up another one's until it ends",
    { timeout: 60_000 },
    async () => {
      const fresh = await createTestDatabase();
      try {
        let allowSlowToCommit: () => void = () => undefined;
        const slowMayCommit = new Promise<void>((resolve) => {
          allowSlowToCommit = resolve;
        });
        let slowHasInserted: () => void = () => undefined;
        const inserted = new Promise<void>((resolve) => {
          slowHasInserted = resolve;
        });
        // A request that logged its read and is still working (or its server is busy).
        const slow = fresh.db.transaction(async (tx) => {
          await tx.insert(schema.auditEvents).values({ action: "slow", subjectType: "probe" });
          slowHasInserted();
          await slowMayCommit;
        });
        await inserted;
        const quick = fresh.db.transaction(async (tx) => {
          await tx.insert(schema.auditEvents).values({ action: "quick", subjectType: "probe" });
        });
        const outcome = await Promise.race([
          quick.then(() => "committed"),
          new Promise((resolve) => setTimeout(() => resolve("waited for the other"), 3_000)),
        ]);
        allowSlowToCommit();
        await Promise.all([slow, quick]);
        expect(outcome).toBe("committed");
        const rows = await fresh.db
          .select()
          .from(schema.auditEvents)
          .orderBy(schema.auditEvents.chainSeq);
        // Chained in commit order.
        expect(rows.map((r) => [r.chainSeq, r.action])).toEqual([
          [1, "quick"],
          [2, "slow"],
        ]);
        expect(await verifyAuditChain(fresh.db)).toEqual({ rowsChecked: 2, firstBreak: null });
      } finally {
        await fresh.close();
      }
    },
  );

  it("the seal's own permission does not open sealed rows to edits", async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.db.insert(schema.auditEvents).values({ action: "sealed", subjectType: "probe" });
      const edit = fresh.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('opis.audit_sealing', 'on', true)`);
        await tx.execute(sql`update audit_events set action = 'edited'`);
      });
      expect(await refusal(edit)).toBe("42501");
      // A writer's own preset chain values are replaced by the seal.
      await fresh.executeSql(
        `INSERT INTO audit_events (action, subject_type, chain_seq, hash) VALUES ('forged', 'probe', 99, 'x')`,
      );
      const rows = await fresh.db
        .select()
        .from(schema.auditEvents)
        .orderBy(schema.auditEvents.chainSeq);
      expect(rows.map((r) => [r.chainSeq, r.action])).toEqual([
        [1, "sealed"],
        [2, "forged"],
      ]);
      expect(await verifyAuditChain(fresh.db)).toEqual({ rowsChecked: 2, firstBreak: null });
    } finally {
      await fresh.close();
    }
  }, 120_000);
});

describe("migration 0008 on a database with audit rows", () => {
  it("chains the rows written before it, in id order", { timeout: 120_000 }, async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const { createDatabase } = await import("../src");
    const full = fileURLToPath(new URL("../drizzle", import.meta.url));
    // The migrations as they stood before the chain: the journal up to 0006.
    const before = mkdtempSync(join(tmpdir(), "opis-before-0008-"));
    cpSync(full, before, { recursive: true });
    const journalFile = join(before, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8"));
    journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 6);
    writeFileSync(journalFile, JSON.stringify(journal));

    // One database migrated in two steps: as it stood before 0008, then the rest.
    const handle = process.env.DATABASE_URL
      ? await createTestDatabase(undefined, { migrate: false })
      : await createDatabase({ migrationsFolder: before });
    try {
      if (process.env.DATABASE_URL) {
        const { migrate } = await import("drizzle-orm/node-postgres/migrator");
        await migrate(handle.db as never, { migrationsFolder: before });
      } else {
        await handle.migrate();
      }
      for (const action of ["old.1", "old.2", "old.3"]) {
        await handle.executeSql(
          `INSERT INTO audit_events (action, subject_type) VALUES ('${action}', 'probe')`,
        );
      }
      if (process.env.DATABASE_URL) {
        await handle.migrate();
      } else {
        const { migrate } = await import("drizzle-orm/pglite/migrator");
        await migrate(handle.db as never, { migrationsFolder: full });
      }
      await handle.db.insert(schema.auditEvents).values({ action: "new.4", subjectType: "probe" });
      const rows = await handle.db
        .select()
        .from(schema.auditEvents)
        .orderBy(schema.auditEvents.chainSeq);
      expect(rows.map((r) => [r.chainSeq, r.action])).toEqual([
        [1, "old.1"],
        [2, "old.2"],
        [3, "old.3"],
        [4, "new.4"],
      ]);
      expect(await verifyAuditChain(handle.db)).toEqual({ rowsChecked: 4, firstBreak: null });
    } finally {
      await handle.close();
    }
  });
});

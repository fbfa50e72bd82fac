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
  });
});

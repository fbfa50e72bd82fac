import { createDatabase, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
import { ne } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JobQueue, startJobQueue } from "../src/jobs/job-queue";

describe("the job queue on this database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let jobs: JobQueue;
  const errors: unknown[] = [];
  // A logger that keeps what the queue reports as errors.
  const recordingLogger = pino(
    { level: "error" },
    { write: (line: string) => void errors.push(JSON.parse(line).msg) },
  );
  beforeAll(async () => {
    database = await createTestDatabase();
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    await seedDemoData(database.db, { participants: 40, seed: 3, today });
    jobs = await startJobQueue({
      database,
      logger: recordingLogger,
      mailer: null,
      authRequestMaxAgeMs: 600_000,
    });
  });
  afterAll(async () => {
    await jobs.stop();
    await database.close();
  });

  it("runs the daily reminders and writes a digest for every officer", async () => {
    await jobs.runRemindersNow();
    const officers = await database.db.$count(schema.users, undefined);
    const digests = await database.db.select().from(schema.reminderDigests);
    expect(officers).toBeGreaterThan(0);
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.every((d) => d.overdue >= 0 && d.dueSoon >= 0)).toBe(true);
  });

  it("verifies the audit chain on demand, and logs a broken one as an error naming the row", async () => {
    await database.db.insert(schema.auditEvents).values({ action: "probe", subjectType: "job" });
    expect((await jobs.verifyAuditChainNow()).firstBreak).toBeNull();
    const { rows } = await database.executeSql(
      "SELECT id FROM audit_events ORDER BY chain_seq DESC LIMIT 1",
    );
    const id = Number((rows[0] as { id: string | number }).id);
    await database.executeSql(
      `ALTER TABLE audit_events DISABLE TRIGGER USER; UPDATE audit_events SET action = 'edited' WHERE id = ${id}; ALTER TABLE audit_events ENABLE TRIGGER USER`,
    );
    const report = await jobs.verifyAuditChainNow();
    expect(report.firstBreak).toMatchObject({ id, reason: "contentChanged" });
    expect(errors).toEqual(["audit chain broken"]);
    errors.length = 0;
    await database.executeSql(
      `ALTER TABLE audit_events DISABLE TRIGGER USER; UPDATE audit_events SET action = 'probe' WHERE id = ${id}; ALTER TABLE audit_events ENABLE TRIGGER USER`,
    );
  });

  it("polls without errors (multi-statement commands return every row)", async () => {
    // Let the queue's maintenance and polling run a few cycles.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(errors).toEqual([]);
  });

  it("keeps its jobs in the same database (pg-boss schema)", async () => {
    const { rows } = await database.executeSql(
      "select count(*)::int as n from information_schema.tables where table_schema = 'pgboss'",
    );
    expect((rows[0] as { n: number }).n).toBeGreaterThan(0);
  });

  it("finishes a reminder run that a crash cut short, at the next start", async () => {
    // What kill -9 in the middle of the run leaves: today's digest for one officer only.
    await jobs.runRemindersNow();
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const digests = await database.db.select().from(schema.reminderDigests);
    const kept = digests[0];
    expect(kept).toBeDefined();
    await database.db.delete(schema.reminderDigests).where(ne(schema.reminderDigests.id, kept!.id));
    await jobs.stop();
    jobs = await startJobQueue({
      database,
      logger: recordingLogger,
      mailer: null,
      authRequestMaxAgeMs: 600_000,
    });
    await expect
      .poll(async () => (await database.db.select().from(schema.reminderDigests)).length, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe(digests.length);
    const rows = await database.db.select().from(schema.reminderDigests);
    expect(rows.every((d) => d.day === today)).toBe(true);
  });
});

// PostgreSQL only: two server processes, two pools, one database (PGlite is one process).
describe.skipIf(!process.env.DATABASE_URL)("two servers starting their job queues together", () => {
  it("queue one catch-up run of today's reminders, not one each", async () => {
    const first = await createTestDatabase();
    const { rows: named } = await first.executeSql("select current_database() as name");
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.pathname = `/${(named[0] as { name: string }).name}`;
    const second = await createDatabase({ url: url.toString(), maxConnections: 4 });
    // An officer without today's digest: the catch-up has work to do.
    await first.db.insert(schema.users).values({
      subject: "officer-without-digest",
      name: "Officer",
      role: "officer",
      organisation: "af",
      office: "Jönköping",
    });
    const logger = pino({ level: "silent" });
    const options = { logger, mailer: null, authRequestMaxAgeMs: 600_000 };
    const queues = await Promise.all([
      startJobQueue({ ...options, database: first }),
      startJobQueue({ ...options, database: second }),
    ]);
    try {
      const { rows } = await first.executeSql(
        "select count(*)::int as n from pgboss.job where name = 'daily-reminders'",
      );
      expect((rows[0] as { n: number }).n).toBe(1);
    } finally {
      await Promise.all(queues.map((queue) => queue.stop()));
      await second.close();
      await first.close();
    }
  });
});

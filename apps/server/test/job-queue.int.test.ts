import { schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
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
});

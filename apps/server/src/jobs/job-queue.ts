import { type Mailer, runDailyReminders, runRetention } from "@opis/api";
import {
  type AuditChainReport,
  countOfficersWithoutDigest,
  type DatabaseHandle,
  purgeExpired,
  verifyAuditChain,
} from "@opis/db";
import { swedishDate } from "@opis/domain";
import { PgBoss } from "pg-boss";
import type { Logger } from "pino";

const DAILY_REMINDERS = "daily-reminders";
const PURGE_EXPIRED = "purge-expired";
const RETENTION = "retention";
const VERIFY_AUDIT_CHAIN = "verify-audit-chain";

export interface JobQueueOptions {
  database: DatabaseHandle;
  logger: Logger;
  mailer: Mailer | null;
  /** Login requests older than this are dropped by the purge job. */
  authRequestMaxAgeMs: number;
  /** Sessions idle this long are dropped by the purge job; unset = only expired ones. */
  sessionIdleMinutes?: number;
}

export interface JobQueue {
  /** Runs the daily reminders now (start-up catch-up, tests). */
  runRemindersNow(): Promise<void>;
  /** Verifies the audit log's hash chain now and logs the verdict (tests, operators). */
  verifyAuditChainNow(): Promise<AuditChainReport>;
  stop(): Promise<void>;
}

/**
 * Background work on a Postgres-backed queue (pg-boss), inside the server:
 * jobs live in the same database, so replicas share them and no broker is
 * needed. Each weekday at 06:00 Swedish time the reminder job computes every
 * officer's due work.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { database, logger, mailer } = options;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: "pgboss",
    backend: database.driver === "pglite" ? "pglite" : "postgres",
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(DAILY_REMINDERS);
  await boss.schedule(DAILY_REMINDERS, "0 6 * * 1-5", null, { tz: "Europe/Stockholm" });

  const runReminders = async () => {
    const now = new Date();
    const summary = await runDailyReminders({
      db: database.db,
      today: swedishDate(now),
      now,
      mailer,
    });
    logger.info({ ...summary, mailer: mailer ? "configured" : "none" }, "daily reminders computed");
  };
  await boss.work(DAILY_REMINDERS, async () => {
    await runReminders();
  });
  // Nightly: people of projects past their retention period are pseudonymised (ADR 0016).
  // Idempotent, so a run that two replicas both start, or one a crash cut short, is harmless.
  await boss.createQueue(RETENTION);
  await boss.schedule(RETENTION, "30 2 * * *", null, { tz: "Europe/Stockholm" });
  await boss.work(RETENTION, async () => {
    const now = new Date();
    const report = await runRetention(database.db, {
      today: swedishDate(now),
      now,
      dryRun: false,
    });
    logger.info(
      {
        people: report.people,
        due: report.projects.filter((p) => p.due).map((p) => p.projectId),
        erased: report.erased,
      },
      "retention run",
    );
  });
  await boss.createQueue(PURGE_EXPIRED);
  await boss.schedule(PURGE_EXPIRED, "*/15 * * * *");
  await boss.work(PURGE_EXPIRED, async () => {
    const now = new Date();
    const counts = await purgeExpired(database.db, {
      now,
      authRequestsBefore: new Date(now.getTime() - options.authRequestMaxAgeMs),
      ...(options.sessionIdleMinutes
        ? { idleBefore: new Date(now.getTime() - options.sessionIdleMinutes * 60_000) }
        : {}),
    });
    logger.debug(counts, "purged expired sessions and login requests");
  });
  // Every night the audit log's hash chain is walked (ADR 0013): a broken chain is logged
  // as an error naming the first row that does not match, for the operators' alerting.
  const verifyAudit = async () => {
    const report = await verifyAuditChain(database.db);
    if (report.firstBreak) {
      logger.error(
        { rowsChecked: report.rowsChecked, firstBreak: report.firstBreak },
        "audit chain broken",
      );
    } else {
      logger.info({ rowsChecked: report.rowsChecked }, "audit chain verified");
    }
    return report;
  };
  await boss.createQueue(VERIFY_AUDIT_CHAIN);
  await boss.schedule(VERIFY_AUDIT_CHAIN, "30 2 * * *", null, { tz: "Europe/Stockholm" });
  await boss.work(VERIFY_AUDIT_CHAIN, async () => {
    await verifyAudit();
  });
  // A server started after 06:00 still gives today's digests, and a run that a crash cut
  // short (some officers have theirs, some not) is finished: the run is idempotent.
  // Replicas start together and all see the same digests missing: the singleton key,
  // numbered by today's catch-ups that have already started (a queued one is not counted,
  // so replicas starting one after the other share its number), lets the queue keep one
  // of them, while a restart after a cut-short run gets a new number and a run of its own.
  const today = swedishDate(new Date());
  if ((await countOfficersWithoutDigest(database.db, today)) > 0) {
    const keyPrefix = `catch-up:${today}:`;
    const earlier = await database.executeSql(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key LIKE $2 AND state NOT IN ('created', 'retry')",
      [DAILY_REMINDERS, `${keyPrefix}%`],
    );
    const generation = (earlier.rows[0] as { n: number } | undefined)?.n ?? 0;
    await boss.send(
      DAILY_REMINDERS,
      {},
      { singletonKey: `${keyPrefix}${generation}`, singletonSeconds: 24 * 60 * 60 },
    );
  }
  logger.info("job queue started (pg-boss): daily reminders weekdays 06:00 Europe/Stockholm");
  return {
    runRemindersNow: runReminders,
    verifyAuditChainNow: verifyAudit,
    stop: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}

import { schema } from "@opis/db";
import { and, between, eq, inArray } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Browser,
  callProcedure,
  loginAs,
  startTestServer,
  type TestServer,
  todayInSweden,
} from "./helpers";
import { findWeekToSave, type WeekToSave, weekSaveInput } from "./week-save";

const serverUrl = process.env.DATABASE_URL;

// PostgreSQL only: PGlite runs inside the process and has no connections to lose.
describe.skipIf(!serverUrl)("database connections ended while week saves run", () => {
  let app: TestServer;
  let coordinator: Browser;
  let week: WeekToSave;
  const logLines: string[] = [];
  let admin: pg.Client;
  let databaseName: string;

  beforeAll(async () => {
    app = await startTestServer({}, { logLines, participants: 60 });
    coordinator = new Browser(app.base);
    await loginAs(coordinator, "Maria Svensson", "/kommun/");
    week = await findWeekToSave(coordinator, todayInSweden());
    const { rows } = await app.database.executeSql("SELECT current_database() AS name");
    databaseName = (rows[0] as { name: string }).name;
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await app?.close();
  });

  test("each save succeeds or fails whole with a retryable 503, and the server keeps serving", async () => {
    // Terminate every session of the test database, again and again, while 40 saves run
    // four at a time. Each save writes one distinct number of minutes into every cell.
    let terminating = true;
    let terminated = 0;
    const terminator = (async () => {
      while (terminating) {
        const result = await admin.query(
          "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [databaseName],
        );
        terminated += (result.rows[0] as { n: number }).n;
        await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 120));
      }
    })();

    const outcomes: {
      minutes: number;
      status: number;
      messageKey?: string;
      retryable?: boolean;
    }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 40) {
        const minutes = next++;
        const { status, body } = await callProcedure(
          coordinator,
          "attendance.saveWeek",
          weekSaveInput(week, minutes),
          "mutation",
        );
        outcomes.push({
          minutes,
          status,
          ...(body.error?.data?.messageKey ? { messageKey: body.error.data.messageKey } : {}),
          ...(body.error?.data?.retryable !== undefined
            ? { retryable: body.error.data.retryable }
            : {}),
        });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    terminating = false;
    await terminator;

    expect(terminated).toBeGreaterThan(0);
    const failed = outcomes.filter((o) => o.status !== 200);
    // Only two answers are allowed: saved, or "the database is unavailable, try again".
    for (const outcome of failed) {
      expect(outcome).toMatchObject({
        status: 503,
        messageKey: "errors.databaseUnavailable",
        retryable: true,
      });
    }
    expect(failed.length).toBeGreaterThan(0);
    expect(outcomes.some((o) => o.status === 200)).toBe(true);

    // Nothing half-written: every cell holds the minutes of one and the same save.
    const rows = await app.database.db
      .select({ presentMinutes: schema.attendance.presentMinutes })
      .from(schema.attendance)
      .where(
        and(
          inArray(schema.attendance.enrolmentId, week.enrolmentIds),
          between(schema.attendance.date, week.weekStart, week.friday),
        ),
      );
    expect(rows).toHaveLength(week.cells.length);
    const values = new Set(rows.map((r) => r.presentMinutes));
    expect(values.size).toBe(1);
    // And each acknowledged save has its audit row (the same transaction wrote both).
    const audits = await app.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "attendance.save"));
    expect(audits.length).toBeGreaterThanOrEqual(outcomes.filter((o) => o.status === 200).length);

    // The server is still up and recovers by itself.
    const ready = await fetch(`${app.base}/readyz`);
    expect(ready.status).toBe(200);
    const again = await callProcedure(
      coordinator,
      "attendance.saveWeek",
      weekSaveInput(week, 99),
      "mutation",
    );
    expect(again.status).toBe(200);
    // The refusals were logged as warnings, without the failed statements' parameters.
    expect(logLines.join("")).toContain("database unavailable; request refused as retryable");
  });
});

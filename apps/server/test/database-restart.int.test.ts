import { createDatabase, schema } from "@opis/db";
import { and, between, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Browser,
  callProcedure,
  loginAs,
  startTestServer,
  type TestServer,
  todayInSweden,
} from "./helpers";
import { type OwnCluster, postgresBinaries, startOwnCluster } from "./own-cluster";
import { findWeekToSave, type WeekToSave, weekSaveInput } from "./week-save";

// The PostgreSQL pass only (it needs PostgreSQL's binaries and restarts a cluster of its own).
const runs = Boolean(process.env.DATABASE_URL) && postgresBinaries() !== null;

describe.skipIf(!runs)("a PostgreSQL restart while requests run", () => {
  let cluster: OwnCluster;
  let app: TestServer;
  let coordinator: Browser;
  let week: WeekToSave;

  beforeAll(async () => {
    cluster = await startOwnCluster();
    const database = await createDatabase({
      url: cluster.url(),
      maxConnections: 4,
      connectionTimeoutMs: 2_000,
      onConnectionError: () => undefined,
    });
    await database.migrate();
    app = await startTestServer({}, { database, participants: 30 });
    coordinator = new Browser(app.base);
    await loginAs(coordinator, "Maria Svensson", "/kommun/");
    week = await findWeekToSave(coordinator, todayInSweden());
  }, 120_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    cluster?.destroy();
  });

  test("requests fail or succeed whole, /readyz says 503 while it is away, and the server recovers by itself", async () => {
    const saves: { minutes: number; status: number; messageKey?: string; phase: string }[] = [];
    const readiness: { status: number; phase: string }[] = [];
    let phase = "before";
    let running = true;
    let next = 0;
    const saver = async () => {
      while (running) {
        const minutes = next++;
        const at = phase;
        const { status, body } = await callProcedure(
          coordinator,
          "attendance.saveWeek",
          weekSaveInput(week, minutes % 400),
          "mutation",
        );
        saves.push({
          minutes,
          status,
          phase: at,
          ...(body.error?.data?.messageKey ? { messageKey: body.error.data.messageKey } : {}),
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const prober = async () => {
      while (running) {
        const response = await fetch(`${app.base}/readyz`);
        readiness.push({ status: response.status, phase });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const workers = [saver(), saver(), prober()];
    const waitFor = async (check: () => boolean, ms: number) => {
      const until = Date.now() + ms;
      while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    };

    await waitFor(() => saves.filter((s) => s.status === 200).length >= 3, 20_000);
    phase = "down";
    cluster.stop("fast");
    await waitFor(() => readiness.some((r) => r.phase === "down" && r.status === 503), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    cluster.start();
    phase = "after";
    await waitFor(
      () => saves.filter((s) => s.phase === "after" && s.status === 200).length >= 3,
      30_000,
    );
    running = false;
    await Promise.all(workers);

    // Only two answers: saved, or the retryable "database unavailable".
    for (const save of saves.filter((s) => s.status !== 200)) {
      expect(save).toMatchObject({ status: 503, messageKey: "errors.databaseUnavailable" });
    }
    expect(saves.some((s) => s.phase === "down" && s.status === 503)).toBe(true);
    // /readyz said 503 while the database was away, and 200 again afterwards, with no restart of ours.
    expect(readiness.some((r) => r.phase === "down" && r.status === 503)).toBe(true);
    expect(readiness.filter((r) => r.phase === "after").at(-1)?.status).toBe(200);
    expect(
      saves.filter((s) => s.phase === "after" && s.status === 200).length,
    ).toBeGreaterThanOrEqual(3);

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
    expect(new Set(rows.map((r) => r.presentMinutes)).size).toBe(1);
  }, 120_000);
});

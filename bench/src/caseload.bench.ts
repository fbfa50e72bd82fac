import { workdaysOfWeek } from "@opis/domain";
import { benchDatabaseUrl, freshBenchDatabase, timed } from "./bench-database";
import { startProcess, stopProcess } from "./child-process";
import { BENCH_WEEK, loadCaseload } from "./load-caseload";
import { runLoad } from "./load-generator";

export interface BenchRow {
  name: string;
  size: string;
  concurrency?: number;
  requestsPerSecond?: number;
  p50Ms: number;
  p99Ms: number;
}

const API_PORT = 3902;
const BARE_PORT = 3901;
const DB_NAME = "opis_bench_caseload";

function trpcGet(path: string, input: unknown, token: string) {
  const url = `http://127.0.0.1:${API_PORT}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(url, { headers: { cookie: `opis_session=${token}` } });
}

function trpcBatchGet(paths: string[], inputs: unknown[], token: string) {
  const input = Object.fromEntries(inputs.map((v, i) => [String(i), v]));
  const url = `http://127.0.0.1:${API_PORT}/trpc/${paths.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(url, { headers: { cookie: `opis_session=${token}` } });
}

/**
 * Issue 3 and 4 benchmarks: the caseload list and the participant page
 * through the HTTP API at 1, 16 and 64 concurrent clients, beside the same
 * SQL in bare node:http + pg; then the coordinator's week grid (200
 * participants) loaded and saved, with 100,000 participants and ~20 M
 * attendance rows in the database.
 */
export async function benchCaseload(options: {
  participants: number;
  seconds: number;
}): Promise<BenchRow[]> {
  const handle = await freshBenchDatabase(DB_NAME);
  const data = await timed("load", () => loadCaseload(handle, options.participants));
  await handle.close();
  const size = `${data.participants.toLocaleString("en")} participants, ${data.attendanceRows.toLocaleString("en")} attendance rows`;
  console.error(`  loaded ${size}`);

  const databaseUrl = benchDatabaseUrl(DB_NAME);
  const api = await startProcess(
    "apps/server/src/main.ts",
    {
      DATABASE_URL: databaseUrl,
      PORT: String(API_PORT),
      OPIS_JOBS: "off",
      OPIS_SEED_PARTICIPANTS: "0",
      LOG_LEVEL: "warn",
    },
    `http://127.0.0.1:${API_PORT}/readyz`,
  );
  const bare = await startProcess(
    "bench/src/bare-server.ts",
    { DATABASE_URL: databaseUrl, PORT: String(BARE_PORT), BENCH_OFFICER_ID: data.officer.id },
    `http://127.0.0.1:${BARE_PORT}/caseload`,
  ).catch(async (error) => {
    await stopProcess(api);
    throw error;
  });

  const rows: BenchRow[] = [];
  try {
    const officerToken = data.officer.sessionToken;
    const targets = [
      {
        name: "caseload (participants.list, mine, page 1 of 50)",
        api: () =>
          trpcGet("participants.list", { scope: "mine", page: 1, pageSize: 50 }, officerToken),
        bare: () => fetch(`http://127.0.0.1:${BARE_PORT}/caseload`),
      },
      {
        name: "participant page (get + timeline + plan, one batch)",
        api: () =>
          trpcBatchGet(
            ["participants.get", "participants.timeline", "plans.get"],
            [
              { enrolmentId: data.sampleEnrolmentId },
              { enrolmentId: data.sampleEnrolmentId },
              { enrolmentId: data.sampleEnrolmentId },
            ],
            officerToken,
          ),
        bare: () => fetch(`http://127.0.0.1:${BARE_PORT}/participant?id=${data.sampleEnrolmentId}`),
      },
    ];
    for (const target of targets) {
      for (const concurrency of [1, 16, 64]) {
        for (const [label, request] of [
          ["API (tRPC, session, audit)", target.api],
          ["bare node:http + pg", target.bare],
        ] as const) {
          const result = await runLoad({ concurrency, seconds: options.seconds, request });
          if (result.errors > 0) console.error(`  ${label}: ${result.errors} errors`);
          rows.push({
            name: `${target.name} — ${label}`,
            size,
            concurrency,
            requestsPerSecond: Math.round(result.requestsPerSecond),
            p50Ms: result.p50Ms,
            p99Ms: result.p99Ms,
          });
        }
      }
    }

    // The week grid: load and save 200 participants × 5 days, one at a time.
    const coordinatorToken = data.coordinator.sessionToken;
    const load = () => trpcGet("attendance.week", { weekStart: BENCH_WEEK }, coordinatorToken);
    const grid = (await (await load()).json()) as {
      result: { data: { participants: { enrolmentId: string; plannedMinutesPerDay: number }[] } };
    };
    const participants = grid.result.data.participants;
    const entries = participants.flatMap((p) =>
      workdaysOfWeek(BENCH_WEEK).map((date) => ({
        enrolmentId: p.enrolmentId,
        date,
        presentMinutes: p.plannedMinutesPerDay,
        absenceReason: null,
      })),
    );
    const save = () =>
      fetch(`http://127.0.0.1:${API_PORT}/trpc/attendance.saveWeek`, {
        method: "POST",
        headers: {
          cookie: `opis_session=${coordinatorToken}`,
          "content-type": "application/json",
          "x-opis-csrf": "1",
        },
        body: JSON.stringify({ weekStart: BENCH_WEEK, entries }),
      });
    for (const [name, request] of [
      [`week grid: load (attendance.week, ${participants.length} participants)`, load],
      [`week grid: save (attendance.saveWeek, ${entries.length} rows)`, save],
    ] as const) {
      const result = await runLoad({ concurrency: 1, seconds: options.seconds, request });
      if (result.errors > 0) console.error(`  ${name}: ${result.errors} errors`);
      rows.push({
        name,
        size,
        concurrency: 1,
        requestsPerSecond: Math.round(result.requestsPerSecond),
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
      });
    }
  } finally {
    await Promise.all([stopProcess(api), stopProcess(bare)]);
  }
  return rows;
}

import { isoWeekStart } from "@opis/domain";
import type { Sample } from "./request-stats";

/**
 * A mixed workload of the three apps' own requests, as their screens send them
 * (httpBatchLink batches, the same inputs; captured from the apps in Chromium):
 *
 * - officer (staff app): caseload, then a participant from it (participants.get, then
 *   participants.timeline, as the page loads them), and again;
 * - coordinator (municipal portal): this week's attendance grid, then saving one
 *   day of it for every participant in the grid (a tenth absent, ill), and again;
 * - evaluator (evaluation console): the goals dashboard, and again.
 *
 * Each virtual user has its own session and waits a random think time between
 * requests, like a person reading the screen (k6's VU model, closed loop).
 */
export type VirtualUserRole = "officer" | "coordinator" | "evaluator";

export interface VirtualUser {
  role: VirtualUserRole;
  sessionToken: string;
}

export interface WorkloadOptions {
  baseUrl: string;
  users: readonly VirtualUser[];
  seconds: number;
  /** Think time between requests, drawn uniformly from [min, max] ms. */
  thinkMs: { min: number; max: number };
  /** Users start evenly spread over this many seconds. */
  rampUpSeconds: number;
  /** Today's date in Sweden (the week grid's week). */
  today: string;
  /** A request with no answer after this long counts as failed (default 60 s). */
  requestTimeoutMs?: number;
}

/** The names in the results; "case work" are those with the p99 goal of 1 s. */
export const REQUESTS = {
  caseload: "caseload (participants.list + notes.unread)",
  participant: "participant page: participants.get",
  timeline: "participant page: participants.timeline",
  weekLoad: "week grid: load (attendance.week + notes.unread)",
  weekSave: "week grid: save (attendance.saveWeek)",
  dashboard: "dashboard (statistics.filterOptions + statistics.dashboard)",
} as const;
export const CASE_WORK_REQUESTS: readonly string[] = [
  REQUESTS.caseload,
  REQUESTS.participant,
  REQUESTS.timeline,
  REQUESTS.weekLoad,
  REQUESTS.weekSave,
];

interface BatchItem {
  result?: { data?: unknown };
  error?: unknown;
}

interface WeekGrid {
  weekStart: string;
  days: string[];
  participants: {
    enrolmentId: string;
    plannedMinutesPerDay: number;
    cells: { date: string; inPeriod: boolean }[];
  }[];
}

export async function runMixedWorkload(options: WorkloadOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = performance.now();
  const ends = started + options.seconds * 1000;
  const timeout = options.requestTimeoutMs ?? 60_000;
  const weekStart = isoWeekStart(options.today);

  const think = () =>
    new Promise((resolve) =>
      setTimeout(
        resolve,
        options.thinkMs.min + Math.random() * (options.thinkMs.max - options.thinkMs.min),
      ),
    );

  /** Sends one batched tRPC request; a sample is ok when every call in the batch succeeded. */
  async function call(
    name: string,
    user: VirtualUser,
    procedures: string[],
    inputs: unknown[],
    method: "GET" | "POST" = "GET",
  ): Promise<unknown[] | null> {
    const input = JSON.stringify(Object.fromEntries(inputs.map((v, i) => [String(i), v])));
    const path = `/trpc/${procedures.join(",")}?batch=1`;
    const url =
      method === "GET"
        ? `${options.baseUrl}${path}&input=${encodeURIComponent(input)}`
        : `${options.baseUrl}${path}`;
    const at = performance.now();
    let status = 0;
    let data: unknown[] | null = null;
    try {
      const response = await fetch(url, {
        method,
        headers: {
          cookie: `opis_session=${user.sessionToken}`,
          "x-opis-csrf": "1",
          ...(method === "POST" ? { "content-type": "application/json" } : {}),
        },
        ...(method === "POST" ? { body: input } : {}),
        signal: AbortSignal.timeout(timeout),
      });
      status = response.status;
      const body = (await response.json().catch(() => null)) as BatchItem[] | null;
      if (response.ok && Array.isArray(body) && body.every((item) => !item.error)) {
        data = body.map((item) => item.result?.data);
      }
    } catch {
      // no answer: status stays 0
    }
    samples.push({
      name,
      startedAt: at - started,
      ms: performance.now() - at,
      status,
      ok: data !== null,
    });
    return data;
  }

  async function officer(user: VirtualUser) {
    while (performance.now() < ends) {
      const list = await call(
        REQUESTS.caseload,
        user,
        ["participants.list", "notes.unread"],
        [{ scope: "mine", sort: "name", direction: "asc", page: 1, pageSize: 50 }],
      );
      await think();
      const items = (list?.[0] as { items?: { enrolmentId: string }[] } | undefined)?.items ?? [];
      const chosen = items[Math.floor(Math.random() * items.length)];
      if (!chosen || performance.now() >= ends) continue;
      const byId = [{ enrolmentId: chosen.enrolmentId }];
      if (await call(REQUESTS.participant, user, ["participants.get"], byId)) {
        await call(REQUESTS.timeline, user, ["participants.timeline"], byId);
      }
      await think();
    }
  }

  async function coordinator(user: VirtualUser) {
    while (performance.now() < ends) {
      const loaded = await call(
        REQUESTS.weekLoad,
        user,
        ["attendance.week", "notes.unread"],
        [{ weekStart }],
      );
      await think();
      const grid = loaded?.[0] as WeekGrid | undefined;
      const days = grid?.days.filter((day) => day <= options.today) ?? [];
      const day = days[Math.floor(Math.random() * days.length)];
      if (!grid || !day || performance.now() >= ends) continue;
      const entries = grid.participants.flatMap((p) => {
        const cell = p.cells.find((c) => c.date === day);
        if (!cell?.inPeriod) return [];
        const absent = Math.random() < 0.1;
        return [
          {
            enrolmentId: p.enrolmentId,
            date: day,
            presentMinutes: absent ? 0 : p.plannedMinutesPerDay,
            absenceReason: absent ? "illness" : null,
          },
        ];
      });
      if (entries.length > 0) {
        await call(
          REQUESTS.weekSave,
          user,
          ["attendance.saveWeek"],
          // A day saved again with other values is a correction, which needs a reason (issue 14).
          [{ weekStart: grid.weekStart, entries, correctionReason: "Närvaron rättad i veckovyn" }],
          "POST",
        );
        await think();
      }
    }
  }

  async function evaluator(user: VirtualUser) {
    while (performance.now() < ends) {
      await call(
        REQUESTS.dashboard,
        user,
        ["statistics.filterOptions", "statistics.dashboard"],
        [{ projectId: "opis" }, { projectId: "opis", filter: {}, threshold: 5 }],
      );
      await think();
    }
  }

  const scenario = { officer, coordinator, evaluator };
  const rampStep = (options.rampUpSeconds * 1000) / Math.max(1, options.users.length);
  await Promise.all(
    options.users.map(async (user, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * rampStep));
      // Signing in: the apps ask who they are first.
      await call("sign-in (auth.me)", user, ["auth.me"], [{}]);
      await scenario[user.role](user);
    }),
  );
  return samples;
}

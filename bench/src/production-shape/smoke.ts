import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDatabase } from "@opis/db";
import { OPIS_PROJECT } from "@opis/domain";
import { REPO_ROOT } from "../child-process";
import { CASE_WORK_REQUESTS, runMixedWorkload } from "../load/mixed-workload";
import { markdownTable, summarise } from "../load/request-stats";
import { createVirtualUsers } from "../load/sessions";
import { CpuLedger, cpuSecondsOfTree } from "./cpu-time";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster";
import { type ManagedProcess, reverseProxy, serverReplica } from "./processes";
import type { ProxyStats } from "./reverse-proxy";

/**
 * The production shape of compose.yaml, without containers, under load (issue 11,
 * items 6 and 7). `bash infra/smoke.sh [--seconds 60] [--vus 200]` runs it:
 *
 * 1. a PostgreSQL primary and a streaming replica (pg_basebackup -R) of their own, the
 *    server's role `opis` no superuser (infra/postgres/opis-roles.sql);
 * 2. two replicas of the production bundle (apps/server/dist/server.mjs, plain node)
 *    started together on the empty database: migrations and demo seeding race;
 * 3. the reverse proxy in front of them (Caddy's policy, run-reverse-proxy.ts);
 * 4. the mixed workload of bench/src/load with --vus virtual users for --seconds;
 *    a third of the way in, replica A is killed (SIGKILL) and started again 5 s later;
 * 5. checks: every migration applied once, one seeding, no superuser, the replica
 *    streaming and serving statistics and exports, no failed request at the proxy
 *    beyond the ones in flight on the killed replica, the killed replica serving again,
 *    one run of the daily reminders, no errors logged, clean shutdown.
 *
 * Prints the per-request figures as Markdown and ends with "N passed, N failed".
 */
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    vus: { type: "string", default: "200" },
    participants: { type: "string", default: "2000" },
    "think-min": { type: "string", default: "2000" },
    "think-max": { type: "string", default: "8000" },
    "ramp-up": { type: "string", default: "10" },
    "base-port": { type: "string", default: process.env.SMOKE_BASE_PORT ?? "4600" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const vus = Number(values.vus);
const participants = Number(values.participants);
const basePort = Number(values["base-port"]);
const ports = {
  proxy: basePort,
  proxyStats: basePort + 8,
  serverA: basePort + 10,
  serverB: basePort + 11,
  primary: basePort + 50,
  replica: basePort + 51,
};
const killAfterSeconds = Math.max(5, Math.round(seconds / 3));
const restartAfterSeconds = 5;

const runStarted = Date.now();
const log = (line: string) =>
  console.log(`[smoke ${((Date.now() - runStarted) / 1000).toFixed(1)} s] ${line}`);
const phases: { name: string; seconds: number }[] = [];
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  log(`${name} …`);
  const result = await work();
  phases.push({ name, seconds: (Date.now() - started) / 1000 });
  return result;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  log(`${ok ? "PASS" : "FAIL"} ${name}: ${detail}`);
};

const dir = mkdtempSync(join(tmpdir(), "opis-production-shape-"));
// Run as root, PostgreSQL runs as `postgres`, which must reach its directory inside.
chmodSync(dir, 0o755);
const logDir = join(dir, "logs");
mkdirSync(logDir);
let cluster: PostgresCluster | null = null;
const processes: ManagedProcess[] = [];

/** "a 3, b 1": how many of each kind, for a one-line report. */
function countBy<T>(items: readonly T[], kind: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(kind(item), (counts.get(kind(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(", ") || "none";
}

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
const logLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: number; msg: string; [key: string]: unknown });

try {
  log(`node ${process.version}; working directory ${dir}`);
  cluster = await phase("PostgreSQL primary and streaming replica", () =>
    startPostgresCluster({
      dir: join(dir, "postgres"),
      ports: { primary: ports.primary, replica: ports.replica },
      log,
    }),
  );
  const pgCluster = cluster;
  const publicUrl = `http://127.0.0.1:${ports.proxy}`;
  // The demo seed races like the migrations: one replica seeds, the other waits for it.
  const replicaOf = (name: string, port: number) =>
    serverReplica({
      name,
      port,
      publicUrl,
      databaseUrl: pgCluster.url("primary", "opis", "opis"),
      replicaUrl: pgCluster.url("replica", "opis", "opis"),
      seedParticipants: participants,
      logDir,
    });
  const serverA = replicaOf("server-a", ports.serverA);
  const serverB = replicaOf("server-b", ports.serverB);
  processes.push(serverA, serverB);

  await phase(`two server replicas on the empty database (seeding ${participants})`, async () => {
    serverA.start();
    serverB.start();
    await Promise.all([
      serverA.waitUntilReady(`http://127.0.0.1:${ports.serverA}/readyz`, 600_000),
      serverB.waitUntilReady(`http://127.0.0.1:${ports.serverB}/readyz`, 600_000),
    ]);
  });

  const journal = JSON.parse(
    readFileSync(join(REPO_ROOT, "packages", "db", "drizzle", "meta", "_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  const admin = await createDatabase({ url: pgCluster.url("primary", "postgres", "opis") });
  const opis = await createDatabase({ url: pgCluster.url("primary", "opis", "opis") });
  const replicaAdmin = await createDatabase({ url: pgCluster.url("replica", "postgres", "opis") });
  const one = async <T>(handle: typeof admin, sql: string, params?: unknown[]) =>
    (await handle.executeSql(sql, params)).rows[0] as T;
  try {
    const migrations = await one<{ n: number; distinct: number }>(
      admin,
      "select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations",
    );
    check(
      "migrations raced at start and each was applied once",
      migrations.n === journal.entries.length && migrations.distinct === migrations.n,
      `${migrations.n} rows for ${journal.entries.length} migrations in the journal`,
    );
    const seeded = [serverA, serverB].flatMap((s) =>
      logLines(s.logFile).filter((l) => l.msg === "empty database: seeded demo data"),
    );
    // The seed also registers the small second demo project; the count asked for is OPIS's.
    const enrolled = await one<{ n: number }>(
      admin,
      "select count(*)::int as n from enrolments where project_id = $1",
      [OPIS_PROJECT.id],
    );
    check(
      "one replica seeded the demo data, the other found it there",
      seeded.length === 1 && enrolled.n === participants,
      `${seeded.length} seeding(s) logged, ${enrolled.n} enrolments in ${OPIS_PROJECT.id} for ${participants} participants`,
    );

    const role = await one<{ super: boolean; createrole: boolean; createdb: boolean }>(
      admin,
      "select rolsuper as super, rolcreaterole as createrole, rolcreatedb as createdb from pg_roles where rolname = 'opis'",
    );
    const serverSessions = await one<{ roles: string[] }>(
      admin,
      "select coalesce(array_agg(distinct usename::text), '{}') as roles from pg_stat_activity where application_name = 'opis-server'",
    );
    check(
      "the servers connect as a role that is no superuser",
      !role.super &&
        !role.createrole &&
        !role.createdb &&
        serverSessions.roles.length === 1 &&
        serverSessions.roles[0] === "opis",
      `role opis: superuser ${role.super}, createrole ${role.createrole}, createdb ${role.createdb}; server sessions as ${serverSessions.roles.join(", ")}`,
    );

    const virtualUsers = await phase(`sessions for ${vus} virtual users`, () =>
      createVirtualUsers(opis.db, vus),
    );

    const proxy = reverseProxy({
      port: ports.proxy,
      statsPort: ports.proxyStats,
      upstreams: [`http://127.0.0.1:${ports.serverA}`, `http://127.0.0.1:${ports.serverB}`],
      logDir,
    });
    processes.push(proxy);
    proxy.start();
    await proxy.waitUntilReady(`${publicUrl}/healthz`);
    const proxyStats = async () =>
      (await (await fetch(`http://127.0.0.1:${ports.proxyStats}/`)).json()) as ProxyStats;

    const scansOnReplica = async () =>
      (
        await one<{ n: number }>(
          replicaAdmin,
          "select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::int as n from pg_stat_user_tables where relname = 'enrolments'",
        )
      ).n;
    const replicaScansBefore = await scansOnReplica();

    // Where the CPU goes during the load: each part's CPU seconds, and the machine's.
    const cpu = new CpuLedger({
      "server-a": () => (serverA.pid ? cpuSecondsOfTree(serverA.pid) : 0),
      "server-b": () => (serverB.pid ? cpuSecondsOfTree(serverB.pid) : 0),
      proxy: () => (proxy.pid ? cpuSecondsOfTree(proxy.pid) : 0),
      "PostgreSQL primary": () => cpuSecondsOfTree(pgCluster.postmasterPid("primary")),
      "PostgreSQL replica": () => cpuSecondsOfTree(pgCluster.postmasterPid("replica")),
      "load generator": () => {
        const usage = process.cpuUsage();
        return (usage.user + usage.system) / 1e6;
      },
    });

    // The fault: replica A killed a third of the way in, started again 5 s later.
    let killedAt = 0;
    let restartedAt = 0;
    let requestsToAAtRestart = 0;
    const fault = (async () => {
      await new Promise((resolve) => setTimeout(resolve, killAfterSeconds * 1000));
      cpu.bank("server-a");
      killedAt = Date.now();
      await serverA.stop("SIGKILL");
      log(`killed server-a (SIGKILL) during the load`);
      await new Promise((resolve) => setTimeout(resolve, restartAfterSeconds * 1000));
      serverA.start();
      await serverA.waitUntilReady(`http://127.0.0.1:${ports.serverA}/readyz`);
      restartedAt = Date.now();
      requestsToAAtRestart =
        (await proxyStats()).byUpstream[`http://127.0.0.1:${ports.serverA}`]?.requests ?? 0;
      log(`server-a is back after ${((restartedAt - killedAt) / 1000).toFixed(1)} s`);
    })();

    // Reporting connections, sampled each second during the load: statistics are shared
    // for a minute (ADR 0027), so the replica's pool is busy only now and then.
    const reporting = { replica: 0, primary: 0, roles: new Set<string>() };
    const sampleReporting = async () => {
      const sql =
        "select count(*)::int as n, coalesce(array_agg(distinct usename::text), '{}') as roles from pg_stat_activity where application_name = 'opis-reports'";
      const [onReplica, onPrimaryNow] = await Promise.all([
        one<{ n: number; roles: string[] }>(replicaAdmin, sql),
        one<{ n: number; roles: string[] }>(admin, sql),
      ]);
      reporting.replica = Math.max(reporting.replica, onReplica.n);
      reporting.primary = Math.max(reporting.primary, onPrimaryNow.n);
      for (const role of onReplica.roles) reporting.roles.add(role);
    };
    const reportingSampler = setInterval(
      () => void sampleReporting().catch(() => undefined),
      1_000,
    );
    const samples = await phase(
      `mixed load: ${vus} virtual users for ${seconds} s through the proxy`,
      () =>
        runMixedWorkload({
          baseUrl: publicUrl,
          users: virtualUsers,
          seconds,
          thinkMs: { min: Number(values["think-min"]), max: Number(values["think-max"]) },
          rampUpSeconds: Number(values["ramp-up"]),
          today: today(),
        }),
    );
    await fault;
    clearInterval(reportingSampler);
    await sampleReporting();
    const cpuLine = cpu.report(phases.at(-1)?.seconds ?? seconds);
    const rows = summarise(samples, seconds);
    console.log(`\n${markdownTable(rows)}\n`);
    log(cpuLine);

    // An export through the proxy, as the console downloads it: the PDF is built by
    // the bundle (PDFKit's fonts shipped beside it) from the replica's data.
    const evaluator = virtualUsers.find((u) => u.role === "evaluator");
    const pdf = await fetch(`${publicUrl}/trpc/exports.goalsReport?batch=1`, {
      method: "POST",
      headers: {
        cookie: `opis_session=${evaluator?.sessionToken}`,
        "x-opis-csrf": "1",
        "content-type": "application/json",
      },
      body: JSON.stringify({ 0: { projectId: "opis", format: "pdf", filter: {}, threshold: 5 } }),
    });
    const pdfBody = (await pdf.json()) as { result?: { data?: { base64?: string } } }[];
    const pdfBytes = Buffer.from(pdfBody[0]?.result?.data?.base64 ?? "", "base64");

    const stats = await proxyStats();
    const aOrigin = `http://127.0.0.1:${ports.serverA}`;
    const failed = samples.filter((s) => !s.ok);
    const unexpected = stats.failures.filter(
      (f) =>
        f.reason !== "in-flight" ||
        f.upstream !== aOrigin ||
        f.at < killedAt - 1_000 ||
        f.at > killedAt + 3_000,
    );
    check(
      "no failed request at the proxy beyond those in flight on the killed replica",
      unexpected.length === 0 &&
        failed.length === stats.failures.length &&
        stats.failures.length <= vus,
      `${samples.length} requests, ${failed.length} failed at the client (${countBy(failed, (s) => `HTTP ${s.status || "no answer"}`)}); proxy: ${stats.failures.length} failures (${countBy(stats.failures, (f) => `${f.method} ${f.reason}`)}), ${unexpected.length} not in flight at the kill; retried on the other replica: ${stats.retried.refused} refused, ${stats.retried.resetIdempotent} reset GETs`,
    );
    const requestsToA = stats.byUpstream[aOrigin]?.requests ?? 0;
    check(
      "the killed replica started again and served requests",
      serverA.starts === 2 && restartedAt > 0 && requestsToA > requestsToAAtRestart,
      `restarted after ${((restartedAt - killedAt) / 1000).toFixed(1)} s; ${requestsToA - requestsToAAtRestart} requests to it since`,
    );

    const replicaScansAfter = await scansOnReplica();
    const inRecovery = await one<{ standby: boolean }>(
      replicaAdmin,
      "select pg_is_in_recovery() as standby",
    );
    const dashboards = rows.find((r) => r.name.startsWith("dashboard"));
    check(
      "statistics and exports read from the streaming replica",
      inRecovery.standby &&
        reporting.replica > 0 &&
        reporting.primary === 0 &&
        replicaScansAfter > replicaScansBefore &&
        (dashboards?.requests ?? 0) > 0 &&
        pdf.ok &&
        pdfBytes.subarray(0, 5).toString() === "%PDF-",
      `replica in recovery: ${inRecovery.standby}; reporting sessions during the load (most at once) on the replica ${reporting.replica} (as ${[...reporting.roles].join(", ")}), on the primary ${reporting.primary}; enrolments scanned on the replica ${replicaScansAfter - replicaScansBefore} times during ${dashboards?.requests ?? 0} dashboards; goals report PDF ${pdfBytes.length} bytes`,
    );

    const reminderJobs = await one<{ n: number; completed: number }>(
      admin,
      "select count(*)::int as n, count(*) filter (where state = 'completed')::int as completed from pgboss.job where name = 'daily-reminders'",
    );
    const reminderRuns = processes
      .filter((p) => p.name.startsWith("server"))
      .flatMap((p) => logLines(p.logFile).filter((l) => l.msg === "daily reminders computed"));
    const digests = await one<{ n: number; distinct: number }>(
      admin,
      "select count(*)::int as n, count(distinct (user_id, day))::int as distinct from reminder_digests",
    );
    check(
      "no duplicate job runs",
      reminderJobs.n === 1 && reminderRuns.length === 1 && digests.n === digests.distinct,
      `daily-reminders jobs: ${reminderJobs.n} (${reminderJobs.completed} completed); runs logged ${reminderRuns.length}; digests ${digests.n}, one per officer and day: ${digests.n === digests.distinct}`,
    );

    const exitCodes = await Promise.all([serverA.stop(), serverB.stop()]);
    await proxy.stop();
    const logged = [serverA, serverB].flatMap((s) =>
      logLines(s.logFile)
        .filter((l) => l.level >= 50)
        .map((l) => `${s.name}: ${l.msg}`),
    );
    check(
      "no errors logged, and both replicas stop cleanly on SIGTERM",
      logged.length === 0 && exitCodes.every((code) => code === 0),
      `errors logged: ${logged.length ? logged.slice(0, 5).join(" | ") : "none"}; exit codes ${exitCodes.join(", ")}`,
    );

    const caseWork = rows.filter((r) => CASE_WORK_REQUESTS.includes(r.name));
    const slowest = Math.max(...caseWork.map((r) => r.p99Ms));
    const errors = rows.find((r) => r.name === "all requests")?.errors ?? 0;
    log(
      `goal (benchmark): 0 errors and case-work p99 under 1 s: ${errors === 0 && slowest < 1000 ? "met" : "not met"} (errors ${errors}, slowest case-work p99 ${Math.round(slowest)} ms)`,
    );
    if (values.out) {
      writeFileSync(
        values.out,
        `${JSON.stringify(
          {
            node: process.version,
            at: new Date().toISOString(),
            seconds,
            vus,
            participants,
            thinkMs: [Number(values["think-min"]), Number(values["think-max"])],
            killedAfterSeconds: killAfterSeconds,
            phases,
            cpu: cpuLine,
            rows,
            proxy: stats,
            checks,
          },
          null,
          2,
        )}\n`,
      );
    }
  } finally {
    await Promise.all([admin.close(), opis.close(), replicaAdmin.close()]);
  }
} catch (error) {
  check("the production shape ran to the end", false, String((error as Error).stack ?? error));
} finally {
  await Promise.all(processes.map((p) => p.stop("SIGKILL").catch(() => null)));
  cluster?.stop();
  for (const { name, seconds } of phases) log(`time: ${name}: ${seconds.toFixed(1)} s`);
  if (values.keep || checks.some((c) => !c.ok)) log(`logs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

const failedChecks = checks.filter((c) => !c.ok).length;
console.log(`\nproduction shape: ${checks.length - failedChecks} passed, ${failedChecks} failed`);
process.exit(failedChecks === 0 ? 0 : 1);

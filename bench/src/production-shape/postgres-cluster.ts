import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { REPO_ROOT } from "../child-process";

/**
 * A PostgreSQL primary with one streaming replica, in a directory of its own: what
 * compose.yaml's `postgres` and `postgres-replica` services are, made with the
 * machine's PostgreSQL binaries (initdb, pg_ctl, pg_basebackup -R) instead of images.
 */
export interface ClusterPorts {
  primary: number;
  replica: number;
}

export interface PostgresCluster {
  readonly dir: string;
  /** Connection string for `role` on `database` at the primary or the replica. */
  url(node: "primary" | "replica", role: string, database: string): string;
  /** Runs one query as the superuser and returns its rows. */
  query<T>(node: "primary" | "replica", sql: string, values?: unknown[]): Promise<T[]>;
  /** The postmaster's process id (its backends are its children). */
  postmasterPid(node: "primary" | "replica"): number;
  /** Waits until the replica has replayed everything the primary has written so far. */
  waitForReplay(timeoutMs?: number): Promise<void>;
  stop(): void;
}

/** The newest installed PostgreSQL's bin directory (Debian layout), or PG_BIN. */
function findBinaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql; set PG_BIN");
  return join(root, versions[0], "bin");
}

/** initdb and postgres refuse to run as root: as root, run them as the `postgres` user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export async function startPostgresCluster(options: {
  dir: string;
  ports: ClusterPorts;
  log: (line: string) => void;
}): Promise<PostgresCluster> {
  const bin = findBinaries();
  const owner = runAs();
  const { dir, ports, log } = options;
  mkdirSync(dir, { recursive: true });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, {
      stdio: ["ignore", "pipe", "pipe"],
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
    });

  const primaryDir = join(dir, "primary");
  const replicaDir = join(dir, "replica");
  log(`PostgreSQL ${run("postgres", ["--version"]).toString().trim()} from ${bin}`);
  run("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  // Streaming replication as the compose services configure it; durable writes (fsync on).
  const settings = (port: number) =>
    [
      `port=${port}`,
      "listen_addresses=127.0.0.1",
      `unix_socket_directories=${dir}`,
      "wal_level=replica",
      "max_wal_senders=4",
      "hot_standby=on",
      "max_connections=100",
    ]
      .map((setting) => `-c ${setting}`)
      .join(" ");
  const start = (dataDir: string, port: number, name: string) =>
    run("pg_ctl", [
      "-D",
      dataDir,
      "-l",
      join(dir, `${name}.log`),
      "-o",
      settings(port),
      "-w",
      "start",
    ]);
  start(primaryDir, ports.primary, "primary");
  log(`primary on port ${ports.primary}`);

  const url = (node: "primary" | "replica", role: string, database: string) =>
    `postgres://${role}@127.0.0.1:${node === "primary" ? ports.primary : ports.replica}/${database}`;
  const query = async <T>(node: "primary" | "replica", sql: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: url(node, "postgres", "postgres") });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  };

  // The same roles as compose's init script: the server is no superuser.
  execFileSync(
    join(bin, "psql"),
    [
      url("primary", "postgres", "postgres"),
      "-v",
      "ON_ERROR_STOP=1",
      "-q",
      "-v",
      "opis_password=smoke-only",
      "-v",
      "replicator_password=smoke-only",
      "-f",
      join(REPO_ROOT, "infra", "postgres", "opis-roles.sql"),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );

  run("pg_basebackup", [
    "-d",
    url("primary", "replicator", "postgres"),
    "-D",
    replicaDir,
    "-R",
    "-X",
    "stream",
    // Start the backup now rather than after a spread checkpoint (minutes on a quiet primary).
    "--checkpoint=fast",
    "--no-sync",
  ]);
  start(replicaDir, ports.replica, "replica");
  const streaming = await waitFor(async () => {
    const rows = await query<{ state: string }>("primary", "select state from pg_stat_replication");
    return rows[0]?.state === "streaming";
  }, 30_000);
  if (!streaming) throw new Error("the replica did not start streaming");
  log(`replica on port ${ports.replica}, streaming from the primary`);

  return {
    dir,
    url,
    query,
    postmasterPid: (node) =>
      Number(
        readFileSync(join(node === "primary" ? primaryDir : replicaDir, "postmaster.pid"), "utf8")
          .split("\n")[0]
          ?.trim(),
      ),
    async waitForReplay(timeoutMs = 30_000) {
      const [target] = await query<{ lsn: string }>(
        "primary",
        "select pg_current_wal_lsn() as lsn",
      );
      const replayed = await waitFor(async () => {
        const [row] = await query<{ caught: boolean }>(
          "replica",
          "select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught",
          [target?.lsn],
        );
        return row?.caught === true;
      }, timeoutMs);
      if (!replayed) throw new Error("the replica did not catch up");
    },
    stop() {
      for (const dataDir of [replicaDir, primaryDir]) {
        try {
          run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
        } catch {
          // already stopped
        }
      }
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

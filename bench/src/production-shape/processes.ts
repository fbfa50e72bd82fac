import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../child-process";

/** What `npm run build:prod` makes and infra/Dockerfile copies: the server run by plain node. */
export const SERVER_BUNDLE = join(REPO_ROOT, "apps", "server", "dist", "server.mjs");

/**
 * A long-running child (a server replica, the proxy) with its output appended to a log
 * file, that can be killed and started again under the same name.
 */
export class ManagedProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  starts = 0;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: Record<string, string>,
    readonly logFile: string,
  ) {}

  start(): void {
    const log = openSync(this.logFile, "a");
    const child = spawn(this.command, this.args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.env },
      stdio: ["ignore", log, log],
    });
    this.child = child;
    this.starts += 1;
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Sends `signal` and waits for the exit; resolves with the exit code (null when killed). */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) {
      return this.child?.exitCode ?? null;
    }
    this.child.kill(signal);
    return this.exited;
  }

  async waitUntilReady(url: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`${this.name} exited with ${this.child.exitCode}; see ${this.logFile}`);
      }
      try {
        if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms; see ${this.logFile}`);
  }
}

export function serverReplica(options: {
  name: string;
  port: number;
  publicUrl: string;
  databaseUrl: string;
  replicaUrl: string;
  /** Demo participants for an empty database (the bundle's default is none). */
  seedParticipants: number;
  logDir: string;
}): ManagedProcess {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error(`${SERVER_BUNDLE} is missing: run npm run build:prod first`);
  }
  return new ManagedProcess(
    options.name,
    process.execPath,
    ["--enable-source-maps", SERVER_BUNDLE],
    {
      NODE_ENV: "production",
      // No real identity provider in the smoke: the development IdP, by explicit opt-in.
      OPIS_ALLOW_DEV_IDP: "yes",
      PORT: String(options.port),
      PUBLIC_URL: options.publicUrl,
      DATABASE_URL: options.databaseUrl,
      DATABASE_REPLICA_URL: options.replicaUrl,
      OPIS_SEED_PARTICIPANTS: String(options.seedParticipants),
      LOG_LEVEL: "info",
    },
    join(options.logDir, `${options.name}.log`),
  );
}

export function reverseProxy(options: {
  port: number;
  statsPort: number;
  upstreams: readonly string[];
  logDir: string;
}): ManagedProcess {
  // One process (tsx as a loader, not its CLI, which would start a second node).
  return new ManagedProcess(
    "proxy",
    process.execPath,
    [
      "--import",
      "tsx",
      join(REPO_ROOT, "bench", "src", "production-shape", "run-reverse-proxy.ts"),
      "--port",
      String(options.port),
      "--stats-port",
      String(options.statsPort),
      ...options.upstreams.flatMap((u) => ["--upstream", u]),
    ],
    {},
    join(options.logDir, "proxy.log"),
  );
}

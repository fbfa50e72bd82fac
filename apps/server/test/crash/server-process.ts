import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const SERVER_DIR = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The real server as its own process (`src/main.ts`, as `npm start` runs it),
 * started and killed with SIGKILL over and over by the crash test.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** The last lines the server wrote to standard error (for a failure message). */
  readonly stderr: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get base(): string {
    return `http://localhost:${this.port}`;
  }

  start(extraEnv: Record<string, string> = {}): void {
    if (this.child) throw new Error("the server is already running");
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: SERVER_DIR,
      env: { ...process.env, ...this.env, ...extraEnv, PORT: String(this.port) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      this.stderr.push(chunk);
      if (this.stderr.length > 50) this.stderr.shift();
    });
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
    this.child = child;
  }

  /** Resolves once /readyz answers 200; throws if the process ends or `ms` pass first. */
  async waitReady(ms = 120_000): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!this.child || this.child.exitCode !== null) {
        throw new Error(`the server exited while starting:\n${this.stderr.join("")}`);
      }
      try {
        const response = await fetch(`${this.base}/readyz`);
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the server was not ready within ${ms} ms:\n${this.stderr.join("")}`);
  }

  /** kill -9: no shutdown handler runs, in-flight requests and transactions are cut. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill("SIGKILL");
    await this.exited;
    this.child = null;
  }
}

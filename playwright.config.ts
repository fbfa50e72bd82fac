import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The journeys compute "today" in the test process; the apps and the browser (timezoneId
// below) count days in Stockholm, so the test process must too, or a run across midnight
// UTC/Stockholm enters yesterday's dates. Workers inherit this.
process.env.TZ = "Europe/Stockholm";

// E2E_PORT lets several checkouts run their journeys side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

/** The demo data the server seeds for the journeys (the server seeds with seed 1). */
export const E2E_SEED = { participants: 120, seed: 1 } as const;
/** The server's log, grepped for personal data after the run (e2e/log-privacy.teardown.ts). */
export const SERVER_LOG_FILE = resolve(import.meta.dirname, ".data", `e2e-server-${PORT}.log`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // One retry in CI only: on the loaded 2-core CI machine Chromium once hung for 60 s while
  // closing a finished test's context (the test itself had passed in 3.5 s). A journey that
  // fails twice still fails the run, and a retried one is listed as "flaky" in the report.
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  globalTeardown: "./e2e/log-privacy.teardown.ts",
  webServer: {
    command: "npm run start -w @opis/server",
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PUBLIC_URL: BASE_URL,
      OPIS_DATA_DIR: "memory",
      OPIS_SEED_PARTICIPANTS: String(E2E_SEED.participants),
      // Everything the server logs, debug included, goes to a file that must hold no personal data.
      OPIS_LOG_FILE: SERVER_LOG_FILE,
      LOG_LEVEL: "debug",
      // Journeys write and then count what they wrote: statistics exact, never shared (ADR 0027).
      OPIS_PUBLICATION_MAX_AGE_SECONDS: "0",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});

import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createDatabase, type Database, hasAnyUser } from "@opis/db";
import { DEMO_USERS } from "@opis/demo/users";
import { swedishDate } from "@opis/domain";
import type { Logger } from "pino";
import { createApp } from "./app";
import { AUTH_REQUEST_MAX_AGE_MS } from "./auth/login";
import { loadConfig, type ServerConfig } from "./env";
import { startJobQueue } from "./jobs/job-queue";
import { createLogger } from "./logger";

/** An empty database gets the demo users and demo participants, so every screen has content. */
async function seedIfEmpty(db: Database, config: ServerConfig, logger: Logger): Promise<void> {
  if (config.seedParticipants === 0 || (await hasAnyUser(db))) return;
  const today = swedishDate(new Date());
  const started = performance.now();
  // Demo data (a generator and 6,000 test numbers) is loaded only when a database is seeded.
  const { seedDemoData, seedSecondProject } = await import("@opis/demo");
  const summary = await seedDemoData(db, { participants: config.seedParticipants, seed: 1, today });
  // A second project on the same server, and a user who works in both (issue 12).
  const second = await seedSecondProject(db, { today });
  logger.info(
    { ...summary, secondProject: second, ms: Math.round(performance.now() - started) },
    "empty database: seeded demo data",
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);

  if (!config.databaseUrl && config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const database = await createDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir ?? undefined,
    applicationName: "opis-server",
    migrationsFolder: config.migrationsDir,
    onConnectionError: (error) => logger.warn({ err: error }, "database connection lost"),
  });
  const replica = config.databaseReplicaUrl
    ? await createDatabase({
        url: config.databaseReplicaUrl,
        readOnly: true,
        applicationName: "opis-reports",
        maxConnections: 4,
        onConnectionError: (error) => logger.warn({ err: error }, "replica connection lost"),
      })
    : null;
  logger.info(
    {
      driver: database.driver,
      dataDir: config.databaseUrl ? undefined : (config.dataDir ?? "memory"),
      reports: replica ? "replica" : "primary",
    },
    "database opened",
  );
  await database.migrate();
  // Replicas starting together on an empty database: one seeds, the others find users.
  await database.withAdvisoryLock("seed", () => seedIfEmpty(database.db, config, logger));

  const server = createApp({ db: database.db, reportDb: replica?.db, config, logger });
  // Behind a proxy that keeps idle connections open (Caddy: 60 s, infra/Caddyfile), the
  // server must keep them longer, or it closes one just as the proxy sends a request on
  // it and a POST fails with a reset (seen in the production-shape smoke at Node's 5 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  logger.info({ url, port }, `OPIS listening on ${url}`);

  if (!config.oidc) {
    logger.warn(
      {
        issuer: `${url}/oidc`,
        demoUsers: DEMO_USERS.map((user) => `${user.name} (${user.role}, ${user.subject})`),
      },
      "DEVELOPMENT IdP active: anyone can log in as a demo user. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for a real identity provider.",
    );
  } else {
    logger.info({ issuer: config.oidc.issuer }, "OIDC login via external identity provider");
  }

  const jobs = config.jobs
    ? await startJobQueue({
        database,
        logger,
        // E-mail is an adapter left unconfigured here: digests are still written.
        mailer: null,
        authRequestMaxAgeMs: AUTH_REQUEST_MAX_AGE_MS,
        sessionIdleMinutes: config.sessionIdleMinutes,
      })
    : null;

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.warn("shutdown timed out; exiting");
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close(() => {
      (jobs ? jobs.stop() : Promise.resolve())
        .then(() => Promise.all([database.close(), replica?.close()]))
        .then(() => {
          logger.info("stopped");
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, "closing the database failed");
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, for default data folders and the built front ends. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface ServerConfig {
  port: number;
  /**
   * The origin users reach the server on, without a trailing slash. `null`
   * means "the address the server listens on" (used with port 0 in tests).
   */
  publicUrl: string | null;
  databaseUrl: string | undefined;
  /**
   * A streaming replica of the same database: statistics and exports read there over
   * read-only connections. Unset = they read from `databaseUrl`.
   */
  databaseReplicaUrl?: string | undefined;
  /** Where the migration files are; unset = packages/db/drizzle (the production bundle ships its own). */
  migrationsDir?: string | undefined;
  /** Folder for PGlite's files, or `null` for an in-memory database. */
  dataDir: string | null;
  seedParticipants: number;
  /** Run the background job queue (daily reminders, purging expired sessions). */
  jobs: boolean;
  /** An external identity provider, or `null` to run the development IdP under /oidc. */
  oidc: OidcClientConfig | null;
  /** Absolute session lifetime. */
  sessionTtlHours: number;
  /** A session unused this long ends (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** At most this many live sessions per user; a new login ends the least recently used (ADR 0015). */
  maxSessionsPerUser: number;
  /** Logins whose `acr` is below this assurance level are refused; `null` = no requirement. */
  requiredAcr: string | null;
  /** The `acr` the development IdP vouches for (tests set a low one to see a refusal). */
  devIdpAcr: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Write the log to this file (created, truncated at start) instead of standard output. */
  logFile: string | null;
  /** Largest request body (bytes) a tRPC call may send; procedures listed in the API's LARGE_REQUEST_PROCEDURES get theirs. */
  bodyLimitBytes: number;
  /** Most procedure calls in one batched tRPC request. */
  maxBatchSize: number;
  /** Per user: searches and personal-number look-ups per minute (bursts of half that). */
  searchesPerMinute: number;
  lookupsPerMinute: number;
  /** How long a built statistics publication is shared before the data is read again (0 = never shared). */
  publicationMaxAgeSeconds: number;
  /** Where the built front ends live: `<appsDir>/<name>/dist`. */
  appsDir: string;
}

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

const EnvSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^https?$/ })
        .optional()
        .transform((url) => url?.replace(/\/+$/, "")),
    ),
    DATABASE_URL: optionalUrl,
    DATABASE_REPLICA_URL: optionalUrl,
    OPIS_APPS_DIR: optionalString,
    OPIS_MIGRATIONS_DIR: optionalString,
    OPIS_DATA_DIR: optionalString,
    OPIS_JOBS: z.preprocess(emptyToUndefined, z.enum(["on", "off"]).default("on")),
    OPIS_SEED_PARTICIPANTS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(0).default(600),
    ),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    SESSION_TTL_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().positive().default(10)),
    SESSION_IDLE_MINUTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .positive()
        .max(24 * 60)
        .default(30),
    ),
    SESSION_MAX_PER_USER: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(50).default(3),
    ),
    OIDC_REQUIRED_ACR: optionalString,
    OPIS_DEV_IDP_ACR: z.preprocess(
      emptyToUndefined,
      z.string().default("http://id.elegnamnden.se/loa/1.0/loa3"),
    ),
    NODE_ENV: optionalString,
    /** Lets the production-shape smoke (no real IdP) log in with the development IdP. */
    OPIS_ALLOW_DEV_IDP: z.preprocess(emptyToUndefined, z.enum(["yes", "no"]).default("no")),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
    OPIS_LOG_FILE: optionalString,
    OPIS_BODY_LIMIT_BYTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(1024)
        .default(1024 * 1024),
    ),
    OPIS_MAX_BATCH_SIZE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(20)),
    OPIS_SEARCHES_PER_MINUTE: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(2).default(60),
    ),
    OPIS_LOOKUPS_PER_MINUTE: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(2).default(20),
    ),
    OPIS_PUBLICATION_MAX_AGE_SECONDS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(0)
        .max(24 * 60 * 60)
        .default(60),
    ),
  })
  .superRefine((env, ctx) => {
    const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(
      (value) => value !== undefined,
    ).length;
    if (set !== 0 && set !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "Set all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none to use the development IdP",
      });
    }
    if (set === 0 && env.NODE_ENV === "production" && env.OPIS_ALLOW_DEV_IDP !== "yes") {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "NODE_ENV=production but no identity provider is configured: the development IdP lets anyone log in as a demo user and never runs in production. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
    if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URL"],
        message: "A replica needs its primary: set DATABASE_URL as well",
      });
    }
  });

/** Reads and validates the environment: the one place the server reads it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir =
    e.OPIS_DATA_DIR === "memory" ? null : (e.OPIS_DATA_DIR ?? join(REPO_ROOT, ".data", "pglite"));
  return {
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? (e.PORT === 0 ? null : `http://localhost:${e.PORT}`),
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    migrationsDir: e.OPIS_MIGRATIONS_DIR,
    dataDir,
    seedParticipants: e.OPIS_SEED_PARTICIPANTS,
    jobs: e.OPIS_JOBS === "on",
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET }
        : null,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    maxSessionsPerUser: e.SESSION_MAX_PER_USER,
    requiredAcr: e.OIDC_REQUIRED_ACR ?? null,
    devIdpAcr: e.OPIS_DEV_IDP_ACR,
    logLevel: e.LOG_LEVEL,
    logFile: e.OPIS_LOG_FILE ?? null,
    bodyLimitBytes: e.OPIS_BODY_LIMIT_BYTES,
    maxBatchSize: e.OPIS_MAX_BATCH_SIZE,
    searchesPerMinute: e.OPIS_SEARCHES_PER_MINUTE,
    lookupsPerMinute: e.OPIS_LOOKUPS_PER_MINUTE,
    publicationMaxAgeSeconds: e.OPIS_PUBLICATION_MAX_AGE_SECONDS,
    appsDir: e.OPIS_APPS_DIR ?? join(REPO_ROOT, "apps"),
  };
}

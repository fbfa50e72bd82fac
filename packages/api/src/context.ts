import { type Database, scopedToCaller } from "@opis/db";
import { type OrganisationKind, type Role, swedishDate } from "@opis/domain";
import type { RateLimiter } from "./rate-limit";

/** The logged-in user as the server's own records describe them. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation: OrganisationKind;
  readonly office: string | null;
  readonly municipalityCode: string | null;
  /** The projects the user works in (ADR 0028). */
  readonly projectIds: readonly string[];
}

export interface Context {
  readonly db: Database;
  /**
   * Where statistics and exports read: a streaming replica when the server has one
   * (DATABASE_REPLICA_URL, read-only connections), else `db`. Audit rows still go to `db`.
   */
  readonly reportDb: Database;
  readonly user: SessionUser | null;
  /** The caller's session (for listing and ending their own sessions); null for jobs and tests. */
  readonly session: CallerSession | null;
  /** The clock, handed in so tests and jobs can fix "today". */
  readonly now: () => Date;
  readonly requestId: string;
  /** Per-user limits on searches and look-ups; without one (tests, jobs) nothing is limited. */
  readonly rateLimiter: RateLimiter | null;
  /**
   * How long a built statistics publication is shared before the data is read again
   * (ms); 0 = every report reads the data (the default: tests and jobs are exact).
   */
  readonly publicationMaxAgeMs: number;
  /** The project the app has open (its `x-opis-project` header), or null (ADR 0028). */
  readonly activeProjectId: string | null;
}

/** The session a request came with: its public handle and the idle timeout that applies. */
export interface CallerSession {
  readonly handle: string;
  readonly idleMinutes: number;
}

export interface CreateContextOptions {
  db: Database;
  reportDb?: Database | undefined;
  user: SessionUser | null;
  session?: CallerSession | null;
  now?: () => Date;
  requestId?: string;
  rateLimiter?: RateLimiter;
  publicationMaxAgeMs?: number;
  activeProjectId?: string | null;
}

export function createContext(options: CreateContextOptions): Context {
  return {
    // A logged-in caller's transactions run as the runtime role under row-level
    // security with the caller's scope (ADR 0014): a backstop for the policies.
    db: options.user ? scopedToCaller(options.db, options.user) : options.db,
    reportDb: options.reportDb ?? options.db,
    user: options.user,
    session: options.session ?? null,
    now: options.now ?? (() => new Date()),
    requestId: options.requestId ?? crypto.randomUUID(),
    rateLimiter: options.rateLimiter ?? null,
    publicationMaxAgeMs: options.publicationMaxAgeMs ?? 0,
    activeProjectId: options.activeProjectId ?? null,
  };
}

/** Today's date in Sweden, as the domain's ISO date. */
export function todayIn(ctx: Pick<Context, "now">): string {
  return swedishDate(ctx.now());
}

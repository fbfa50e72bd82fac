import type { Database } from "@opis/db";
import { type OrganisationKind, type Role, swedishDate } from "@opis/domain";

/** The logged-in user as the server's own records describe them. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation: OrganisationKind;
  readonly office: string | null;
  readonly municipalityCode: string | null;
}

export interface Context {
  readonly db: Database;
  readonly user: SessionUser | null;
  /** The clock, handed in so tests and jobs can fix "today". */
  readonly now: () => Date;
  readonly requestId: string;
}

export interface CreateContextOptions {
  db: Database;
  user: SessionUser | null;
  now?: () => Date;
  requestId?: string;
}

export function createContext(options: CreateContextOptions): Context {
  return {
    db: options.db,
    user: options.user,
    now: options.now ?? (() => new Date()),
    requestId: options.requestId ?? crypto.randomUUID(),
  };
}

/** Today's date in Sweden, as the domain's ISO date. */
export function todayIn(ctx: Pick<Context, "now">): string {
  return swedishDate(ctx.now());
}

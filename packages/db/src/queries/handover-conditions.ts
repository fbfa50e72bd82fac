import type { OrganisationKind } from "@opis/domain";
import { and, eq, exists, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { caseNotes, enrolments, users } from "../schema";

/**
 * The handovers a reader's organisation is to open: the other organisation's, and
 * an administrator's that assigned the case to a new officer or coordinator.
 */
export function handoverFor(readerOrganisation: OrganisationKind): SQL | undefined {
  return or(
    ne(caseNotes.authorOrganisation, readerOrganisation),
    sql`exists (select 1 from ${users} where ${users.id} = ${caseNotes.authorUserId} and ${users.role} = 'admin')`,
  );
}

/** The enrolment has a handover the reader's organisation has not opened. */
export function hasUnreadHandover(db: Executor, readerOrganisation: OrganisationKind): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(caseNotes)
      .where(
        and(
          eq(caseNotes.enrolmentId, enrolments.id),
          eq(caseNotes.kind, "handover"),
          handoverFor(readerOrganisation),
          isNull(caseNotes.readAt),
        ),
      ),
  );
}

import type { OrganisationKind } from "@opis/domain";
import { and, asc, count, desc, eq, isNull, min } from "drizzle-orm";
import type { Executor } from "../database";
import { caseNotes, enrolments, people, users } from "../schema";
import { handoverFor } from "./handover-conditions";
import { type EnrolmentScope, enrolmentScopeCondition } from "./participants";

export async function listCaseNotes(db: Executor, enrolmentId: string) {
  return db
    .select({
      id: caseNotes.id,
      kind: caseNotes.kind,
      text: caseNotes.text,
      authorName: users.name,
      authorOrganisation: caseNotes.authorOrganisation,
      createdAt: caseNotes.createdAt,
      readAt: caseNotes.readAt,
    })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorUserId))
    .where(eq(caseNotes.enrolmentId, enrolmentId))
    .orderBy(desc(caseNotes.createdAt));
}

/** Marks the other organisation's handovers to this participant as read. */
export async function markHandoversRead(
  db: Executor,
  options: {
    enrolmentId: string;
    readerOrganisation: OrganisationKind;
    readerUserId: string;
    at: Date;
  },
) {
  await db
    .update(caseNotes)
    .set({ readAt: options.at, readBy: options.readerUserId })
    .where(
      and(
        eq(caseNotes.enrolmentId, options.enrolmentId),
        eq(caseNotes.kind, "handover"),
        handoverFor(options.readerOrganisation),
        isNull(caseNotes.readAt),
      ),
    );
}

/** Unread handovers from the other organisation, per participant within the scope. */
export async function countUnreadHandovers(
  db: Executor,
  options: { scope: EnrolmentScope; readerOrganisation: OrganisationKind },
) {
  return db
    .select({ enrolmentId: caseNotes.enrolmentId, unread: count() })
    .from(caseNotes)
    .innerJoin(enrolments, eq(enrolments.id, caseNotes.enrolmentId))
    .where(
      and(
        enrolmentScopeCondition(options.scope),
        eq(caseNotes.kind, "handover"),
        handoverFor(options.readerOrganisation),
        isNull(caseNotes.readAt),
      ),
    )
    .groupBy(caseNotes.enrolmentId);
}

/** Cases in the scope with handovers the reader's organisation has not opened, oldest first. */
export async function listUnreadHandovers(
  db: Executor,
  options: { scope: EnrolmentScope; readerOrganisation: OrganisationKind },
) {
  return db
    .select({
      enrolmentId: caseNotes.enrolmentId,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      unread: count(),
      since: min(caseNotes.createdAt),
    })
    .from(caseNotes)
    .innerJoin(enrolments, eq(enrolments.id, caseNotes.enrolmentId))
    .innerJoin(people, eq(people.id, enrolments.personId))
    .where(
      and(
        enrolmentScopeCondition(options.scope),
        eq(caseNotes.kind, "handover"),
        handoverFor(options.readerOrganisation),
        isNull(caseNotes.readAt),
      ),
    )
    .groupBy(caseNotes.enrolmentId, people.id, people.givenName, people.familyName)
    .orderBy(asc(min(caseNotes.createdAt)));
}

import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { reminderDigests, users } from "../schema";

export async function listActiveUsersByRole(db: Executor, role: "officer" | "coordinator") {
  return db
    .select()
    .from(users)
    .where(and(eq(users.role, role), eq(users.active, true)));
}

/** One digest per user and day: a rerun of the job replaces it. */
export async function upsertReminderDigest(
  db: Executor,
  values: {
    userId: string;
    day: string;
    overdue: number;
    dueSoon: number;
    counts: Record<string, number>;
  },
) {
  const [row] = await db
    .insert(reminderDigests)
    .values(values)
    .onConflictDoUpdate({
      target: [reminderDigests.userId, reminderDigests.day],
      set: { overdue: values.overdue, dueSoon: values.dueSoon, counts: values.counts },
    })
    .returning({ id: reminderDigests.id, emailedAt: reminderDigests.emailedAt });
  return row;
}

export async function markDigestEmailed(db: Executor, id: string, at: Date) {
  await db.update(reminderDigests).set({ emailedAt: at }).where(eq(reminderDigests.id, id));
}

export async function latestReminderDigest(db: Executor, userId: string) {
  const [row] = await db
    .select()
    .from(reminderDigests)
    .where(eq(reminderDigests.userId, userId))
    .orderBy(desc(reminderDigests.day))
    .limit(1);
  return row;
}

/**
 * Active officers without a digest for the day. A reminder run writes one digest per
 * officer; a run cut short (a crash, a kill) leaves some without, and the next start
 * must finish the run rather than take "some digests exist" for "done".
 */
export async function countOfficersWithoutDigest(db: Executor, day: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .leftJoin(
      reminderDigests,
      and(eq(reminderDigests.userId, users.id), eq(reminderDigests.day, day)),
    )
    .where(and(eq(users.role, "officer"), eq(users.active, true), isNull(reminderDigests.id)));
  return row?.n ?? 0;
}

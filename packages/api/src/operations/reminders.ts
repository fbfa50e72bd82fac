import type { Database } from "@opis/db";
import { listActiveUsersByRole, markDigestEmailed, upsertReminderDigest } from "@opis/db";
import type { SessionUser } from "../context";
import { computeTodo } from "./todo";

/** Where reminders go out; an unconfigured platform has none and only writes digests. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface ReminderRunSummary {
  users: number;
  withDueWork: number;
  emailed: number;
}

/**
 * The daily reminder job: computes every officer's due work with the same
 * function as the to-do screen, stores a digest (counts only) and, when a
 * mailer is configured, sends it. Safe to run twice on a day.
 */
export async function runDailyReminders(options: {
  db: Database;
  today: string;
  now: Date;
  mailer: Mailer | null;
}): Promise<ReminderRunSummary> {
  const officers = await listActiveUsersByRole(options.db, "officer");
  const summary: ReminderRunSummary = { users: officers.length, withDueWork: 0, emailed: 0 };
  for (const officer of officers) {
    const user: SessionUser = officer;
    const todo = await options.db.transaction((tx) =>
      computeTodo({ db: tx, user, scope: "mine", today: options.today }),
    );
    const items = [...todo.plans, ...todo.followUps];
    const counts = {
      intakes: todo.intakes.length,
      writePlan: todo.plans.filter((p) => p.kind === "writePlan").length,
      reviewPlan: todo.plans.filter((p) => p.kind === "reviewPlan").length,
      recordFollowUp: todo.followUps.length,
    };
    const overdue = items.filter((i) => i.overdue).length;
    const digest = await upsertReminderDigest(options.db, {
      userId: officer.id,
      day: options.today,
      overdue,
      dueSoon: items.length - overdue,
      counts,
    });
    if (items.length > 0) summary.withDueWork += 1;
    if (options.mailer && officer.email && items.length > 0 && digest && !digest.emailedAt) {
      await options.mailer.send({
        to: officer.email,
        subject: `OPIS: ${overdue} försenade och ${items.length - overdue} kommande uppgifter`,
        // Counts only: an e-mail must never carry names or personal numbers.
        text: [
          `Uppföljningar att registrera: ${counts.recordFollowUp}`,
          `Planer att skriva: ${counts.writePlan}`,
          `Planer att följa upp: ${counts.reviewPlan}`,
          `Inskrivningar som pågår: ${counts.intakes}`,
          "",
          "Logga in i OPIS för att se dem.",
        ].join("\n"),
      });
      await markDigestEmailed(options.db, digest.id, options.now);
      summary.emailed += 1;
    }
  }
  return summary;
}

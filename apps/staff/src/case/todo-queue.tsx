import {
  CaseLoadError,
  CaseLoading,
  formatDate,
  formatTime,
  StatusTag,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PATHS } from "../paths";
import type { CaseloadScope } from "./caseload-params";

function Due({ date, overdue }: { date: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {" – "}
      {overdue
        ? t("staff.todo.wasDue", { date: formatDate(date) })
        : t("staff.todo.due", { date: formatDate(date) })}
      {overdue ? <StatusTag colour="red">{t("case.overdue")}</StatusTag> : null}
    </>
  );
}

function Group({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({count})
      </h3>
      {count === 0 ? (
        <p className="secondary-text">{empty}</p>
      ) : (
        <ul className="todo-list">{children}</ul>
      )}
    </section>
  );
}

/**
 * What the officer should do: intakes in progress, plans to write or review,
 * follow-ups coming due and overdue. Each links to where the work is done.
 */
export function TodoQueue({ scope }: { scope: CaseloadScope }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const todo = useQuery(trpc.todo.list.queryOptions({ scope }, { staleTime: 0 }));
  if (todo.isPending) return <CaseLoading />;
  if (todo.isError) return <CaseLoadError title={t("staff.todo.loadError")} error={todo.error} />;
  const { intakes, plans, followUps, handovers, reminders } = todo.data;
  const overdue = [...plans, ...followUps].filter((i) => i.overdue).length;
  return (
    <div data-testid="todo">
      <p role="status">
        {intakes.length + plans.length + followUps.length === 0
          ? t("staff.todo.nothing")
          : t("staff.todo.summary", {
              n: intakes.length + plans.length + followUps.length,
              overdue,
            })}
      </p>
      <Group
        id="todo-intakes"
        title={t("staff.todo.intakes")}
        count={intakes.length}
        empty={t("staff.todo.intakesEmpty")}
      >
        {intakes.map((i) => (
          <li key={i.intakeId}>
            <Link to={PATHS.intake(i.intakeId)}>
              {t("staff.todo.continueIntake", { name: `${i.givenName} ${i.familyName}` })}
            </Link>
            {" – "}
            {t("staff.todo.updated", {
              date: formatDate(i.updatedAt),
              time: formatTime(i.updatedAt),
            })}
          </li>
        ))}
      </Group>
      <Group
        id="todo-plans"
        title={t("staff.todo.plans")}
        count={plans.length}
        empty={t("staff.todo.plansEmpty")}
      >
        {plans.map((p) => (
          <li key={p.enrolmentId}>
            <Link to={PATHS.participantSection(p.enrolmentId, "plan")}>
              {t(`staff.todo.plan.${p.kind}`, { name: `${p.givenName} ${p.familyName}` })}
            </Link>
            <Due date={p.dueDate} overdue={p.overdue} />
          </li>
        ))}
      </Group>
      <Group
        id="todo-follow-ups"
        title={t("staff.todo.followUps")}
        count={followUps.length}
        empty={t("staff.todo.followUpsEmpty")}
      >
        {followUps.map((f) => (
          <li key={f.followUpId}>
            <Link to={PATHS.followUp(f.followUpId)}>
              {t("staff.todo.followUp", { name: `${f.givenName} ${f.familyName}` })}
            </Link>
            <Due date={f.dueDate} overdue={f.overdue} />
          </li>
        ))}
      </Group>
      <Group
        id="todo-handovers"
        title={t("staff.todo.handovers")}
        count={handovers.length}
        empty={t("staff.todo.handoversEmpty")}
      >
        {handovers.map((h) => (
          <li key={h.enrolmentId}>
            <Link to={PATHS.participantSection(h.enrolmentId, "anteckningar")}>
              {t("staff.todo.handover", {
                name: `${h.givenName} ${h.familyName}`,
                count: h.unread,
              })}
            </Link>
            {h.since ? ` – ${t("staff.todo.handoverSince", { date: formatDate(h.since) })}` : null}
          </li>
        ))}
      </Group>
      <Group
        id="todo-reminders"
        title={t("staff.todo.reminders")}
        count={reminders.length}
        empty={t("staff.todo.remindersEmpty")}
      >
        {reminders.map((r) => (
          <li key={`${r.kind}-${r.enrolmentId}`}>
            <Link to={PATHS.participant(r.enrolmentId)}>
              {t(`staff.todo.reminder.${r.kind}`, { name: `${r.givenName} ${r.familyName}` })}
            </Link>
            {" – "}
            {formatDate(r.dueDate)}
            {r.priority ? (
              <>
                {" "}
                <StatusTag colour="blue">{t("staff.todo.priorityGroup")}</StatusTag>
              </>
            ) : null}
          </li>
        ))}
      </Group>
    </div>
  );
}

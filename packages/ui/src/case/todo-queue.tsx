import type { RouterOutputs } from "@opis/api";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusTag } from "../feedback/status-tag";
import { formatDate, formatTime } from "../format/format";
import { useTRPC } from "../trpc/client";
import { CaseLoadError, CaseLoading } from "./case-states";

/**
 * Where each kind of to-do is done, in the app that shows the list. A group
 * whose link is missing is not shown: coordinators start no intakes, and only
 * coordinators ask for resources.
 */
export interface TodoLinks {
  intake?: (intakeId: string) => string;
  plan: (enrolmentId: string) => string;
  followUp: (item: { followUpId: string; enrolmentId: string }) => string;
  handovers: (enrolmentId: string) => string;
  participant: (enrolmentId: string) => string;
  request?: (requestId: string) => string;
}

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
 * What an officer or a coordinator should do: intakes in progress, plans to
 * write or review, follow-ups coming due and overdue, handovers to read,
 * reminders and decisions on their requests. Each links to where the work is
 * done in the app (`links`); the start page of both apps.
 */
export function TodoQueue({ scope, links }: { scope: "mine" | "office"; links: TodoLinks }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const todo = useQuery(trpc.todo.list.queryOptions({ scope }, { staleTime: 0 }));
  if (todo.isPending) return <CaseLoading />;
  if (todo.isError) return <CaseLoadError title={t("staff.todo.loadError")} error={todo.error} />;
  const { plans, followUps, handovers, reminders } = todo.data;
  const intakes = links.intake ? todo.data.intakes : [];
  const decisions = links.request ? todo.data.decisions : [];
  const overdue = [...plans, ...followUps].filter((i) => i.overdue).length;
  // Every item below counts: the summary must agree with the groups' own counts.
  const n =
    intakes.length +
    plans.length +
    followUps.length +
    handovers.length +
    reminders.length +
    decisions.length;
  return (
    <div data-testid="todo">
      <p role="status">
        {n === 0 ? t("staff.todo.nothing") : t("staff.todo.summary", { n, overdue })}
      </p>
      {links.intake ? <IntakeGroup intakes={intakes} link={links.intake} /> : null}
      <Group
        id="todo-plans"
        title={t("staff.todo.plans")}
        count={plans.length}
        empty={t("staff.todo.plansEmpty")}
      >
        {plans.map((p) => (
          <li key={p.enrolmentId}>
            <Link to={links.plan(p.enrolmentId)}>
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
            <Link to={links.followUp(f)}>
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
            <Link to={links.handovers(h.enrolmentId)}>
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
            <Link to={links.participant(r.enrolmentId)}>
              {t(`staff.todo.reminder.${r.kind}`, {
                name: `${r.givenName} ${r.familyName}`,
                date: formatDate(r.dueDate),
              })}
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
      {links.request ? <DecisionGroup decisions={decisions} link={links.request} /> : null}
    </div>
  );
}

type TodoData = RouterOutputs["todo"]["list"];

function IntakeGroup({
  intakes,
  link,
}: {
  intakes: TodoData["intakes"];
  link: (intakeId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Group
      id="todo-intakes"
      title={t("staff.todo.intakes")}
      count={intakes.length}
      empty={t("staff.todo.intakesEmpty")}
    >
      {intakes.map((i) => (
        <li key={i.intakeId}>
          <Link to={link(i.intakeId)}>
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
  );
}

/** Decisions on the caller's own resource requests, until the request is opened. */
function DecisionGroup({
  decisions,
  link,
}: {
  decisions: TodoData["decisions"];
  link: (requestId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Group
      id="todo-decisions"
      title={t("staff.todo.decisions")}
      count={decisions.length}
      empty={t("staff.todo.decisionsEmpty")}
    >
      {decisions.map((d) => (
        <li key={d.requestId}>
          <Link to={link(d.requestId)}>
            {t(
              d.status === "declined"
                ? "staff.todo.decision.declined"
                : "staff.todo.decision.accepted",
              { activity: t(`vocab.activityType.${d.activityType}`) },
            )}
          </Link>
          {d.decidedAt
            ? ` – ${t("staff.todo.decidedOn", { date: formatDate(d.decidedAt) })}`
            : null}
        </li>
      ))}
    </Group>
  );
}

import { useTranslation } from "react-i18next";
import { formatDate } from "../format/format";
import type { PlanDraft } from "./plan-draft";

/** A joint plan as text: goals, items with who and when, next review, agreement. */
export function PlanSummary({ plan, testId }: { plan: PlanDraft; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="plan-summary" data-testid={testId}>
      <h4>{t("case.plan.goals")}</h4>
      {plan.goals.length === 0 ? (
        <p>{t("case.plan.noGoals")}</p>
      ) : (
        <ul>
          {plan.goals.map((g) => (
            <li key={g.id}>{g.text || t("case.plan.emptyText")}</li>
          ))}
        </ul>
      )}
      <h4>{t("case.plan.items")}</h4>
      {plan.items.length === 0 ? (
        <p>{t("case.plan.noItems")}</p>
      ) : (
        <ul>
          {plan.items.map((i) => (
            <li key={i.id}>
              {i.description || t("case.plan.emptyText")} —{" "}
              {t("case.plan.itemSummary", {
                responsible: t(`vocab.responsibleParty.${i.responsible}`),
                status: t(`vocab.planItemStatus.${i.status}`).toLowerCase(),
              })}
              {i.reviewDate
                ? `, ${t("case.plan.reviewOn", { date: formatDate(i.reviewDate) })}`
                : ""}
            </li>
          ))}
        </ul>
      )}
      <p>
        {plan.nextReviewDate
          ? t("case.plan.nextReviewOn", { date: formatDate(plan.nextReviewDate) })
          : t("case.plan.noNextReview")}
        <br />
        {plan.agreedWithParticipant ? t("case.plan.agreedYes") : t("case.plan.agreedNo")}
      </p>
    </div>
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from `base` to `other`, in short sentences ("1 mål ändrat"). */
export function usePlanChanges(base: PlanDraft, other: PlanDraft): string[] {
  const { t } = useTranslation();
  const lines: string[] = [];
  const count = <T extends { id: string }>(from: readonly T[], to: readonly T[]) => {
    const fromById = new Map(from.map((e) => [e.id, e]));
    const toIds = new Set(to.map((e) => e.id));
    return {
      added: to.filter((e) => !fromById.has(e.id)).length,
      changed: to.filter((e) => fromById.has(e.id) && !same(fromById.get(e.id), e)).length,
      removed: from.filter((e) => !toIds.has(e.id)).length,
    };
  };
  const goals = count(base.goals, other.goals);
  const items = count(base.items, other.items);
  if (goals.added) lines.push(t("case.plan.change.goalsAdded", { n: goals.added }));
  if (goals.changed) lines.push(t("case.plan.change.goalsChanged", { n: goals.changed }));
  if (goals.removed) lines.push(t("case.plan.change.goalsRemoved", { n: goals.removed }));
  if (items.added) lines.push(t("case.plan.change.itemsAdded", { n: items.added }));
  if (items.changed) lines.push(t("case.plan.change.itemsChanged", { n: items.changed }));
  if (items.removed) lines.push(t("case.plan.change.itemsRemoved", { n: items.removed }));
  if (base.nextReviewDate !== other.nextReviewDate) lines.push(t("case.plan.change.nextReview"));
  if (base.agreedWithParticipant !== other.agreedWithParticipant) {
    lines.push(t("case.plan.change.agreed"));
  }
  return lines;
}

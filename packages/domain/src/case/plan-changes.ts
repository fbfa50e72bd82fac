import type { JointPlanContent } from "./joint-plan";

export type PlanChange =
  | { kind: "goalAdded" | "goalRemoved" | "goalChanged"; id: string; text: string }
  | { kind: "itemAdded" | "itemRemoved" | "itemChanged"; id: string; text: string }
  | { kind: "nextReviewDateChanged"; from: string | null; to: string | null }
  | { kind: "agreementChanged"; to: boolean };

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/**
 * What differs between two versions of a plan, goal by goal and step by step
 * (matched by id), for "what changed" and to refuse a version that changes nothing.
 */
export function planChanges(previous: JointPlanContent, next: JointPlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  const oldGoals = byId(previous.goals);
  const newGoals = byId(next.goals);
  for (const goal of next.goals) {
    const old = oldGoals.get(goal.id);
    if (!old) changes.push({ kind: "goalAdded", id: goal.id, text: goal.text });
    else if (old.text.trim() !== goal.text.trim())
      changes.push({ kind: "goalChanged", id: goal.id, text: goal.text });
  }
  for (const goal of previous.goals) {
    if (!newGoals.has(goal.id)) changes.push({ kind: "goalRemoved", id: goal.id, text: goal.text });
  }
  const oldItems = byId(previous.items);
  const newItems = byId(next.items);
  for (const item of next.items) {
    const old = oldItems.get(item.id);
    if (!old) changes.push({ kind: "itemAdded", id: item.id, text: item.description });
    else if (
      old.description.trim() !== item.description.trim() ||
      old.activityType !== item.activityType ||
      old.responsible !== item.responsible ||
      old.reviewDate !== item.reviewDate ||
      old.status !== item.status
    )
      changes.push({ kind: "itemChanged", id: item.id, text: item.description });
  }
  for (const item of previous.items) {
    if (!newItems.has(item.id))
      changes.push({ kind: "itemRemoved", id: item.id, text: item.description });
  }
  if (previous.nextReviewDate !== next.nextReviewDate) {
    changes.push({
      kind: "nextReviewDateChanged",
      from: previous.nextReviewDate,
      to: next.nextReviewDate,
    });
  }
  if (previous.agreedWithParticipant !== next.agreedWithParticipant) {
    changes.push({ kind: "agreementChanged", to: next.agreedWithParticipant });
  }
  return changes;
}

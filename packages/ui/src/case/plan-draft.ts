import {
  type JointPlanContent,
  JointPlanContentSchema,
  type PlanItemStatus,
  type ResponsibleParty,
  validateJointPlanComplete,
} from "@opis/domain";

/** A plan goal as edited: the participant's own words. */
export interface DraftGoal {
  id: string;
  text: string;
}

/** A plan item as edited: dates and the activity type are text ("" = none). */
export interface DraftItem {
  id: string;
  description: string;
  activityType: string;
  responsible: ResponsibleParty;
  reviewDate: string;
  status: PlanItemStatus;
}

/** The joint plan as the form holds it, before it is checked against the domain schema. */
export interface PlanDraft {
  goals: DraftGoal[];
  items: DraftItem[];
  nextReviewDate: string;
  agreedWithParticipant: boolean;
}

export function toDraft(content: JointPlanContent): PlanDraft {
  return {
    goals: content.goals.map((g) => ({ id: g.id, text: g.text })),
    items: content.items.map((i) => ({
      id: i.id,
      description: i.description,
      activityType: i.activityType ?? "",
      responsible: i.responsible,
      reviewDate: i.reviewDate ?? "",
      status: i.status,
    })),
    nextReviewDate: content.nextReviewDate ?? "",
    agreedWithParticipant: content.agreedWithParticipant,
  };
}

/** The draft as the schema sees it: empty text means "no date" / "no type". */
export function draftToRaw(draft: PlanDraft) {
  return {
    goals: draft.goals.map((g) => ({ id: g.id, text: g.text })),
    items: draft.items.map((i) => ({
      id: i.id,
      description: i.description,
      activityType: i.activityType === "" ? null : i.activityType,
      responsible: i.responsible,
      reviewDate: i.reviewDate.trim() === "" ? null : i.reviewDate.trim(),
      status: i.status,
    })),
    nextReviewDate: draft.nextReviewDate.trim() === "" ? null : draft.nextReviewDate.trim(),
    agreedWithParticipant: draft.agreedWithParticipant,
  };
}

/** The form field a schema issue belongs to, so the error summary can link to it. */
export function planFieldId(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === "goals" && typeof index === "number") return `plan-goal-${index}`;
  // A plan with no goal or no step: the button that adds one.
  if (first === "goals") return "plan-add-goal";
  if (first === "items" && index === undefined) return "plan-add-item";
  if (first === "items" && typeof index === "number") {
    return `plan-item-${index}-${typeof field === "string" ? field : "description"}`;
  }
  if (first === "nextReviewDate") return "plan-next-review";
  if (first === "changeNote") return "plan-change-note";
  return "";
}

export interface PlanIssue {
  id: string;
  messageKey: string;
}

export type CheckedPlan =
  | { ok: true; content: JointPlanContent }
  | { ok: false; issues: PlanIssue[] };

/** Checks a draft with the same schema the server uses. */
export function checkPlanDraft(draft: PlanDraft): CheckedPlan {
  const result = JointPlanContentSchema.safeParse(draftToRaw(draft));
  if (result.success) {
    const incomplete = validateJointPlanComplete(result.data);
    if (incomplete.length === 0) return { ok: true, content: result.data };
    return {
      ok: false,
      issues: incomplete.map((e) => ({ id: planFieldId([e.field]), messageKey: e.messageKey })),
    };
  }
  const issues: PlanIssue[] = [];
  for (const issue of result.error.issues) {
    const id = planFieldId(issue.path);
    const messageKey = issue.message.startsWith("validation.")
      ? issue.message
      : "validation.invalid";
    if (!issues.some((i) => i.id === id && i.messageKey === messageKey)) {
      issues.push({ id, messageKey });
    }
  }
  return { ok: false, issues };
}

export function sameDraft(a: PlanDraft, b: PlanDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a list of id'd entries three ways. Changes only one side made are
 * kept; where both changed the same entry, `mine` wins and it is counted as
 * a clash so the user can check it; entries deleted on one side and changed
 * on the other are kept.
 */
function mergeList<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): { list: T[]; clashes: string[] } {
  const baseById = new Map(base.map((e) => [e.id, e]));
  const mineById = new Map(mine.map((e) => [e.id, e]));
  const clashes: string[] = [];
  const list: T[] = [];
  for (const their of theirs) {
    const original = baseById.get(their.id);
    const my = mineById.get(their.id);
    if (!original) {
      // Added by them (or, improbably, by both with the same id).
      list.push(my ?? their);
      continue;
    }
    if (!my) {
      // I deleted it: keep their version only if they changed it meanwhile.
      if (!same(original, their)) {
        list.push(their);
        clashes.push(their.id);
      }
      continue;
    }
    const iChanged = !same(original, my);
    const theyChanged = !same(original, their);
    if (iChanged && theyChanged && !same(my, their)) clashes.push(their.id);
    list.push(iChanged ? my : their);
  }
  // Entries I added, and entries they deleted that I changed, in my order.
  const inList = new Set(list.map((e) => e.id));
  for (const my of mine) {
    if (inList.has(my.id)) continue;
    const original = baseById.get(my.id);
    if (!original) {
      list.push(my);
    } else if (!same(original, my)) {
      list.push(my);
      clashes.push(my.id);
    }
  }
  return { list, clashes };
}

/**
 * Reapplies my unsaved edits (made on `base`) on top of the newer version
 * someone else saved (`theirs`), so neither side's work is lost.
 */
export function reapplyPlanEdits(
  base: PlanDraft,
  mine: PlanDraft,
  theirs: PlanDraft,
): { draft: PlanDraft; clashes: number } {
  const goals = mergeList(base.goals, mine.goals, theirs.goals);
  const items = mergeList(base.items, mine.items, theirs.items);
  const pick = <T>(b: T, m: T, t: T) => (same(b, m) ? t : m);
  let clashes = goals.clashes.length + items.clashes.length;
  if (
    !same(base.nextReviewDate, mine.nextReviewDate) &&
    !same(base.nextReviewDate, theirs.nextReviewDate) &&
    !same(mine.nextReviewDate, theirs.nextReviewDate)
  ) {
    clashes += 1;
  }
  return {
    draft: {
      goals: goals.list,
      items: items.list,
      nextReviewDate: pick(base.nextReviewDate, mine.nextReviewDate, theirs.nextReviewDate),
      agreedWithParticipant: pick(
        base.agreedWithParticipant,
        mine.agreedWithParticipant,
        theirs.agreedWithParticipant,
      ),
    },
    clashes,
  };
}

let counter = 0;
/** A short id for a new goal or item, unique within a plan. */
export function newPlanEntryId(prefix: "g" | "i"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

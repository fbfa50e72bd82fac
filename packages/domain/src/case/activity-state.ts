/** Where an activity stands on a given day, as the participant reads it. */
export type ActivityState = "planned" | "ongoing" | "done";

/**
 * An activity not yet started is planned, one whose last day has passed is done, and
 * any other is ongoing (an open-ended activity stays ongoing). Dates are ISO days.
 */
export function activityState(
  activity: { startDate: string; endDate: string | null },
  today: string,
): ActivityState {
  if (activity.startDate > today) return "planned";
  if (activity.endDate !== null && activity.endDate < today) return "done";
  return "ongoing";
}

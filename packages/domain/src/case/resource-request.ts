import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";
import { ActivityTypeSchema } from "../vocabularies/activity";

export const RESOURCE_REQUEST_STATUSES = [
  "submitted",
  "accepted",
  "declined",
  "scheduled",
  "done",
] as const;
export type ResourceRequestStatus = (typeof RESOURCE_REQUEST_STATUSES)[number];

/**
 * A request for resource (förfrågan om resurs): what the municipality asks
 * for, how much, for whom and why.
 */
export const ResourceRequestInputSchema = z.object({
  activityType: ActivityTypeSchema,
  description: textSchema({ multiline: true })
    .trim()
    .min(1, { error: "validation.resourceRequest.description.required" })
    .max(2000, { error: "validation.resourceRequest.description.tooLong" }),
  hours: z
    .number({ error: "validation.resourceRequest.hours.invalid" })
    .positive({ error: "validation.resourceRequest.hours.invalid" })
    .max(10_000, { error: "validation.resourceRequest.hours.invalid" })
    .nullable(),
  /** One participant … */
  enrolmentId: z.uuid().nullable(),
  /** … or a described group ("five participants with low Swedish"). */
  forWhom: textSchema({ multiline: true }).trim().max(500).nullable(),
  reason: textSchema({ multiline: true })
    .trim()
    .min(1, { error: "validation.resourceRequest.reason.required" })
    .max(2000, { error: "validation.resourceRequest.reason.tooLong" }),
});
export type ResourceRequestInput = z.infer<typeof ResourceRequestInputSchema>;

/** A step in a request's life; a decline needs its reason, scheduling its date. */
export const ResourceRequestTransitionSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("accepted") }),
  z.object({
    to: z.literal("declined"),
    reason: z
      .string()
      .trim()
      .min(1, { error: "validation.resourceRequest.declineReason.required" })
      .max(2000),
  }),
  z.object({ to: z.literal("scheduled"), scheduledFor: IsoDateSchema }),
  z.object({ to: z.literal("done") }),
]);
export type ResourceRequestTransition = z.infer<typeof ResourceRequestTransitionSchema>;

const NEXT: Record<ResourceRequestStatus, readonly ResourceRequestStatus[]> = {
  submitted: ["accepted", "declined"],
  accepted: ["scheduled", "declined"],
  declined: [],
  scheduled: ["done"],
  done: [],
};

/** submitted → accepted or declined → scheduled → done; nothing else. */
export function canTransitionResourceRequest(
  from: ResourceRequestStatus,
  to: ResourceRequestStatus,
): boolean {
  return NEXT[from].includes(to);
}

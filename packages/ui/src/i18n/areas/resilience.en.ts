import type { resilienceSv } from "./resilience.sv";

/** English messages for refused or failed requests. */
export const resilienceEn: Record<keyof typeof resilienceSv, string> = {
  "validation.text.controlCharacters":
    "The text contains characters that are not allowed (such as control characters). Write it without them.",
  "validation.enrolment.exceptionJustification.tooLong":
    "The justification may be at most 2,000 characters long",
  "errors.badRequest": "The request could not be understood. Reload the page and try again.",
  "errors.payloadTooLarge":
    "What you sent is too large. Split it into smaller parts or choose a smaller file.",
  "errors.tooManyRequests":
    "You have made many searches in a short time. Wait a minute and try again.",
  "errors.databaseUnavailable":
    "The service cannot reach its data right now. Nothing was saved – try again in a while.",
};

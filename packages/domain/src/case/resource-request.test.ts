import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  canTransitionResourceRequest,
  RESOURCE_REQUEST_STATUSES,
  ResourceRequestTransitionSchema,
} from "./resource-request";

describe("request for resource status flow", () => {
  const cases = [
    { from: "submitted", to: "accepted", ok: true },
    { from: "submitted", to: "declined", ok: true },
    { from: "submitted", to: "scheduled", ok: false },
    { from: "accepted", to: "scheduled", ok: true },
    { from: "scheduled", to: "done", ok: true },
    { from: "done", to: "submitted", ok: false },
    { from: "declined", to: "accepted", ok: false },
  ] as const;
  for (const tc of cases) {
    test(`${tc.from} → ${tc.to}: ${tc.ok}`, () =>
      expect(canTransitionResourceRequest(tc.from, tc.to)).toBe(tc.ok));
  }

  test("no status leads back to submitted, and done and declined are final", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RESOURCE_REQUEST_STATUSES),
        fc.constantFrom(...RESOURCE_REQUEST_STATUSES),
        (from, to) => {
          const allowed = canTransitionResourceRequest(from, to);
          if (to === "submitted" || from === "done" || from === "declined") return !allowed;
          return true;
        },
      ),
    );
  });

  test("a decline needs a reason", () => {
    const result = ResourceRequestTransitionSchema.safeParse({ to: "declined", reason: " " });
    expect(result.error?.issues[0]?.message).toBe(
      "validation.resourceRequest.declineReason.required",
    );
  });
});

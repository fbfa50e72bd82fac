import { TRPCClientError } from "@trpc/client";
import { describe, expect, test } from "vitest";
import { sv } from "../i18n/sv";
import { describeClientError, shouldRetry } from "./errors";

/** A client error as httpBatchLink builds it from the server's (or a proxy's) answer. */
function clientError(status: number, data?: Record<string, unknown>) {
  const response = new Response(null, { status });
  if (!data) return new TRPCClientError("failed", { meta: { response } });
  return TRPCClientError.from(
    { error: { message: "x", code: -32000, data } },
    { meta: { response } },
  );
}

const cases = [
  {
    name: "413 from the server",
    error: clientError(413, {
      code: "PAYLOAD_TOO_LARGE",
      httpStatus: 413,
      messageKey: "errors.payloadTooLarge",
    }),
    key: "errors.payloadTooLarge",
    retry: false,
  },
  {
    name: "413 from a proxy (no tRPC data)",
    error: clientError(413),
    key: "errors.payloadTooLarge",
    retry: false,
  },
  {
    name: "429 from the server",
    error: clientError(429, {
      code: "TOO_MANY_REQUESTS",
      httpStatus: 429,
      messageKey: "errors.tooManyRequests",
    }),
    key: "errors.tooManyRequests",
    retry: false,
  },
  {
    name: "503, database away",
    error: clientError(503, {
      code: "SERVICE_UNAVAILABLE",
      httpStatus: 503,
      messageKey: "errors.databaseUnavailable",
    }),
    key: "errors.databaseUnavailable",
    retry: true,
  },
  {
    name: "502 from a proxy",
    error: clientError(502),
    key: "errors.databaseUnavailable",
    retry: true,
  },
  {
    name: "no response at all",
    error: new TRPCClientError("fetch failed"),
    key: "errors.network",
    retry: true,
  },
];

describe("describeClientError", () => {
  for (const tc of cases) {
    test(tc.name, () => {
      const info = describeClientError(tc.error);
      expect(info.messageKey).toBe(tc.key);
      expect(info.messageKey in sv).toBe(true);
      expect(shouldRetry(0, tc.error)).toBe(tc.retry);
    });
  }
});

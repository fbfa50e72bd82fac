import type { AppRouter } from "@opis/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { activeProjectIdFromLocation } from "../project/active-project";

/** The tRPC hooks for the OPIS router: `const trpc = useTRPC()`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The browser's tRPC client: batched requests to /trpc, the session cookie
 * (same origin), the header the server requires against cross-site requests,
 * and the project open in this tab (ADR 0028).
 */
export function createOpisClient(url = "/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        headers: () => {
          const projectId = activeProjectIdFromLocation();
          return { "x-opis-csrf": "1", ...(projectId ? { "x-opis-project": projectId } : {}) };
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

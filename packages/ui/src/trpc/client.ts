import type { AppRouter } from "@opis/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** The tRPC hooks for the OPIS router: `const trpc = useTRPC()`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The browser's tRPC client: batched requests to /trpc, the session cookie
 * (same origin) and the header the server requires against cross-site requests.
 */
export function createOpisClient(url = "/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        headers: () => ({ "x-opis-csrf": "1" }),
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

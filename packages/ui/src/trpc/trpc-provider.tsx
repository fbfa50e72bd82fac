import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { createOpisClient, TRPCProvider } from "./client";
import { shouldRetry } from "./errors";

export function createOpisQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/** Query cache and tRPC client for one app. */
export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createOpisQueryClient);
  const [trpcClient] = useState(() => createOpisClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { hasSessionEnded, SessionEndedNotice } from "./session-ended";

function unauthorized() {
  return TRPCClientError.from(
    { error: { message: "x", code: -32001, data: { code: "UNAUTHORIZED", httpStatus: 401 } } },
    { meta: { response: new Response(null, { status: 401 }) } },
  );
}

async function failingQuery(client: QueryClient, error: unknown) {
  await client
    .fetchQuery({ queryKey: ["any"], queryFn: () => Promise.reject(error), retry: false })
    .catch(() => undefined);
}

function render(client: QueryClient): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <SessionEndedNotice />
    </QueryClientProvider>,
  );
}

describe("a session that has ended while the app is open", () => {
  test("nothing is shown while the calls succeed or fail for other reasons", async () => {
    const client = new QueryClient();
    expect(hasSessionEnded(client)).toBe(false);
    await failingQuery(client, new Error("network"));
    expect(hasSessionEnded(client)).toBe(false);
    expect(render(client)).toBe("");
  });

  test("an UNAUTHORIZED answer to a query shows a working login link", async () => {
    const client = new QueryClient();
    await failingQuery(client, unauthorized());
    expect(hasSessionEnded(client)).toBe(true);
    const html = render(client);
    expect(html).toContain('role="alert"');
    expect(html).toMatch(
      /<a [^>]*href="\/auth\/login\?returnTo=[^"]+"[^>]*>auth.login.button<\/a>/,
    );
  });

  test("an UNAUTHORIZED answer to a save counts too", async () => {
    const client = new QueryClient();
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(unauthorized()), retry: false })
      .execute(undefined)
      .catch(() => undefined);
    expect(hasSessionEnded(client)).toBe(true);
  });
});

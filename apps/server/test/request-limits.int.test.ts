import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Browser, callProcedure, loginAs, startTestServer, type TestServer } from "./helpers";

let app: TestServer;
let officer: Browser;
let evaluator: Browser;

beforeAll(async () => {
  app = await startTestServer({ searchesPerMinute: 6, lookupsPerMinute: 4, maxBatchSize: 5 });
  officer = new Browser(app.base);
  await loginAs(officer, "Anna Lindqvist", "/staff/");
  evaluator = new Browser(app.base);
  await loginAs(evaluator, "Karin Ek", "/admin/");
});

afterAll(async () => {
  await app?.close();
});

/** POSTs a body as a stream of 64 KiB chunks, with or without Content-Length; resolves on the answer. */
function postStream(
  browser: Browser,
  path: string,
  totalBytes: number,
  declareLength: boolean,
): Promise<{ status: number; body: string; sentBytes: number }> {
  const url = new URL(path, app.base);
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-opis-csrf": "1",
          cookie: browser.cookieHeader(url.pathname),
          ...(declareLength ? { "content-length": String(totalBytes) } : {}),
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sentBytes: sent }));
      },
    );
    req.on("error", (error) => {
      // The server may close the connection after answering; the answer has come by then.
      if (sent > 0) return;
      reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    const write = () => {
      while (sent < totalBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once("drain", write);
          return;
        }
      }
      req.end();
    };
    req.on("close", () => {
      sent = Math.max(sent, 1);
    });
    write();
  });
}

describe("request body limit", () => {
  test("a body declared larger than 1 MB is refused with 413 before it is read", async () => {
    const { status, body, sentBytes } = await postStream(
      officer,
      "/trpc/notes.add",
      150 * 1024 * 1024,
      true,
    );
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({
      error: { data: { code: "PAYLOAD_TOO_LARGE", messageKey: "errors.payloadTooLarge" } },
    });
    // The server answered long before the 150 MB were through.
    expect(sentBytes).toBeLessThan(150 * 1024 * 1024);
  });

  test("a streamed body without a declared length is cut off at the limit", async () => {
    const { status, body } = await postStream(officer, "/trpc/notes.add", 3 * 1024 * 1024, false);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({
      error: { data: { code: "PAYLOAD_TOO_LARGE", messageKey: "errors.payloadTooLarge" } },
    });
  });

  test("the comparison import may send more than 1 MB (its own, larger limit)", async () => {
    const csv = `id,gender\n${"x,woman\n".repeat(300_000)}`;
    const { status, body } = await callProcedure(
      evaluator,
      "comparison.import",
      { fileName: "stor.csv", contentBase64: Buffer.from(csv).toString("base64") },
      "mutation",
    );
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(status).not.toBe(413);
    expect(status).toBeLessThan(500);
    expect(body.error?.data?.code).not.toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("batch size limit", () => {
  test("a batch of more calls than allowed is refused; one at the limit is served", async () => {
    const batch = (n: number) =>
      officer.request(
        `/trpc/${Array.from({ length: n }, () => "auth.me").join(",")}?batch=1&input=${encodeURIComponent("{}")}`,
      );
    const atLimit = await batch(5);
    expect(atLimit.status).toBe(200);
    const over = await batch(6);
    expect(over.status).toBe(400);
    const json = (await over.json()) as unknown;
    const first = (Array.isArray(json) ? json[0] : json) as { error?: { data?: unknown } };
    expect(first.error?.data).toMatchObject({ messageKey: "errors.badRequest" });
  });
});

describe("per-user rate limit on look-ups and searches", () => {
  test("personal-number look-ups past the burst get 429 with a message key", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof callProcedure>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await callProcedure(
        officer,
        "intake.lookupPerson",
        { personalIdentityNumber: "200501022388" },
        "mutation",
      );
      statuses.push(last.status);
    }
    // 4 a minute: a burst of 2, then refused.
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(last?.body.error?.data).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      messageKey: "errors.tooManyRequests",
      retryable: true,
    });
  });

  test("lists that search are limited, lists that do not are not", async () => {
    const coordinator = new Browser(app.base);
    await loginAs(coordinator, "Maria Svensson", "/kommun/");
    const plain: number[] = [];
    for (let i = 0; i < 8; i++) {
      plain.push((await callProcedure(coordinator, "participants.list", {}, "query")).status);
    }
    expect(plain.every((s) => s === 200)).toBe(true);
    const searching: number[] = [];
    for (let i = 0; i < 5; i++) {
      searching.push(
        (await callProcedure(coordinator, "participants.list", { search: `an${i}` }, "query"))
          .status,
      );
    }
    // 6 a minute: a burst of 3.
    expect(searching).toEqual([200, 200, 200, 429, 429]);
    // Another user has a bucket of their own.
    expect(
      (await callProcedure(officer, "participants.list", { search: "an" }, "query")).status,
    ).toBe(200);
  });
});

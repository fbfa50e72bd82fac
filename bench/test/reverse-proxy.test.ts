import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { createReverseProxy } from "../src/production-shape/reverse-proxy";

// The smoke's proxy decides which failures the production shape may show: these are its
// rules, each against real sockets.
const started: Server[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(
    started.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

async function listen(server: Server): Promise<string> {
  started.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An upstream that answers `name`, and /readyz with `ready`. */
const answering = (name: string, ready = 200) =>
  listen(
    createServer((req, res) => {
      req.resume();
      res.statusCode = req.url === "/readyz" ? ready : 200;
      res.end(name);
    }),
  );

/** An upstream that takes each request and dies before answering (a killed replica). */
const dying = () =>
  listen(
    createServer((req, res) => {
      if (req.url === "/readyz") return res.end("ok");
      req.socket.destroy();
    }),
  );

/** An address where nothing listens. */
async function refusing(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  started.pop();
  await new Promise((resolve) => server.close(resolve));
  return url;
}

async function proxyTo(upstreams: string[]) {
  const proxy = createReverseProxy(upstreams);
  stops.push(proxy.stopHealthChecks);
  return { url: await listen(proxy.server), stats: proxy.stats };
}

describe("the production-shape proxy", () => {
  test("a refused connection goes to the next replica, whatever the method", async () => {
    const proxy = await proxyTo([await refusing(), await answering("b")]);
    for (const method of ["GET", "POST", "POST", "GET"]) {
      const response = await fetch(`${proxy.url}/trpc/x`, {
        method,
        body: method === "POST" ? "{}" : null,
      });
      expect([response.status, await response.text()]).toEqual([200, "b"]);
    }
    expect(proxy.stats().retried.refused).toBeGreaterThan(0);
    expect(proxy.stats().failures).toEqual([]);
  });

  test("a GET whose replica dies is repeated on another; a POST in flight fails with 502", async () => {
    const proxy = await proxyTo([await dying(), await answering("b")]);
    const get = await fetch(`${proxy.url}/trpc/read`);
    expect([get.status, await get.text()]).toEqual([200, "b"]);
    // Round robin: the next request goes to the dying replica first, but it is down now.
    const dead = await proxyTo([await dying(), await answering("b")]);
    const post = await fetch(`${dead.url}/trpc/write`, { method: "POST", body: "{}" });
    expect(post.status).toBe(502);
    expect(dead.stats().failures).toMatchObject([{ method: "POST", reason: "in-flight" }]);
  });

  test("when every replica fails its health checks, requests are still tried (panic mode)", async () => {
    const proxy = await proxyTo([await answering("a", 503), await answering("b", 503)]);
    await expect
      .poll(() => Object.values(proxy.stats().byUpstream).every((u) => !u.healthy), {
        timeout: 10_000,
      })
      .toBe(true);
    const response = await fetch(`${proxy.url}/trpc/x`);
    expect(response.status).toBe(200);
    expect(proxy.stats().failures).toEqual([]);
  });
});

import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from "node:http";

/**
 * The load balancer of the production shape, standing in for compose.yaml's Caddy
 * with the same policy (infra/Caddyfile): round robin over the upstreams whose
 * GET /readyz answers 200, checked every second (down after three failed checks in a row,
 * each given 5 s: a busy replica is slow, not gone); an upstream that refuses a connection
 * is taken out at once and the request goes to the next one (any method: it never
 * reached a server); a GET or HEAD whose upstream dies before answering is retried on
 * another; a POST whose upstream dies while it is in flight fails with 502, as it must
 * (it may have been carried out). Requests are retried for up to 5 s. One addition to
 * Caddy's policy: when every upstream is marked down, all are tried (see `pick`).
 */
export interface ProxyFailure {
  at: number;
  method: string;
  path: string;
  upstream: string | null;
  reason: "in-flight" | "no-upstream" | "mid-response";
  code: string;
}

export interface ProxyStats {
  requests: number;
  byUpstream: Record<string, { requests: number; healthy: boolean; wentDown: number[] }>;
  retried: { refused: number; resetIdempotent: number };
  failures: ProxyFailure[];
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);
const TRY_DURATION_MS = 5_000;
const TRY_INTERVAL_MS = 250;
const HEALTH_INTERVAL_MS = 1_000;
const HEALTH_TIMEOUT_MS = 5_000;
const HEALTH_FAILS = 3;
const MAX_BODY_BYTES = 64 * 1024 * 1024;

interface Upstream {
  url: URL;
  agent: Agent;
  healthy: boolean;
  /** Failed active checks in a row. */
  failedChecks: number;
  probing: boolean;
  requests: number;
  wentDown: number[];
}

function forwardHeaders(headers: IncomingHttpHeaders, remote: string | undefined) {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  out["x-forwarded-for"] = remote ?? "";
  out["x-forwarded-proto"] = "http";
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large for the proxy");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Connection refused or never established: the request did not reach the server. */
function neverReached(error: NodeJS.ErrnoException): boolean {
  return ["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT"].includes(error.code ?? "");
}

export function createReverseProxy(upstreamUrls: readonly string[]): {
  server: Server;
  stats(): ProxyStats;
  stopHealthChecks(): void;
} {
  const upstreams: Upstream[] = upstreamUrls.map((url) => ({
    url: new URL(url),
    // Idle connections close after 60 s, before the servers' 65 s keep-alive (as Caddy's).
    agent: new Agent({ keepAlive: true, timeout: 60_000 }),
    healthy: true,
    failedChecks: 0,
    probing: false,
    requests: 0,
    wentDown: [],
  }));
  const stats = {
    requests: 0,
    retried: { refused: 0, resetIdempotent: 0 },
    failures: [] as ProxyFailure[],
  };
  let next = 0;

  const markDown = (upstream: Upstream) => {
    if (upstream.healthy) upstream.wentDown.push(Date.now());
    upstream.healthy = false;
  };

  const checkHealth = () => {
    for (const upstream of upstreams) {
      if (upstream.probing) continue;
      upstream.probing = true;
      const done = (ok: boolean) => {
        upstream.probing = false;
        if (ok) {
          upstream.failedChecks = 0;
          upstream.healthy = true;
        } else if (++upstream.failedChecks >= HEALTH_FAILS) {
          markDown(upstream);
        }
      };
      const probe = request(
        new URL("/readyz", upstream.url),
        { method: "GET", timeout: HEALTH_TIMEOUT_MS, agent: false },
        (res) => {
          res.resume();
          done(res.statusCode === 200);
        },
      );
      probe.on("timeout", () => probe.destroy(new Error("health check timed out")));
      probe.on("error", () => done(false));
      probe.end();
    }
  };
  const healthTimer = setInterval(checkHealth, HEALTH_INTERVAL_MS);

  const pick = (tried: Set<Upstream>): Upstream | undefined => {
    // When every replica is marked down, all of them are tried anyway ("panic mode", as
    // Envoy and YARP do): under overload the health checks queue behind the requests and
    // time out everywhere at once, and a slow replica is better than a 503 for everyone.
    // A replica that is really gone refuses the connection and is skipped.
    const panic = upstreams.every((u) => !u.healthy);
    for (const preferUntried of [true, false]) {
      for (let i = 0; i < upstreams.length; i++) {
        const upstream = upstreams[(next + i) % upstreams.length] as Upstream;
        if ((upstream.healthy || panic) && (!preferUntried || !tried.has(upstream))) {
          next = (next + i + 1) % upstreams.length;
          return upstream;
        }
      }
    }
    return undefined;
  };

  type Attempt =
    | { kind: "answered"; upstreamRes: IncomingMessage }
    | { kind: "refused" | "reset"; error: NodeJS.ErrnoException };

  const attempt = (upstream: Upstream, req: IncomingMessage, body: Buffer): Promise<Attempt> =>
    new Promise((resolve) => {
      const headers = forwardHeaders(req.headers, req.socket.remoteAddress);
      headers["content-length"] = String(body.length);
      const upstreamReq = request(
        new URL(req.url ?? "/", upstream.url),
        { method: req.method, headers, agent: upstream.agent },
        (upstreamRes) => resolve({ kind: "answered", upstreamRes }),
      );
      upstreamReq.on("error", (error: NodeJS.ErrnoException) =>
        resolve({ kind: neverReached(error) ? "refused" : "reset", error }),
      );
      upstreamReq.end(body);
    });

  const fail = (res: ServerResponse, status: number, failure: Omit<ProxyFailure, "at">) => {
    stats.failures.push({ at: Date.now(), ...failure });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = status;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(status === 502 ? "Bad gateway" : "Service unavailable");
  };

  const server = createServer(async (req, res) => {
    stats.requests += 1;
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const idempotent = method === "GET" || method === "HEAD";
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      res.statusCode = 413;
      res.end();
      return;
    }
    const deadline = Date.now() + TRY_DURATION_MS;
    const tried = new Set<Upstream>();
    let resets = 0;
    while (true) {
      // Every replica tried once for this request: wait a little before the next round.
      if (tried.size >= upstreams.length) {
        if (Date.now() >= deadline) {
          fail(res, 503, { method, path, upstream: null, reason: "no-upstream", code: "none" });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, TRY_INTERVAL_MS));
        tried.clear();
      }
      const upstream = pick(tried);
      if (!upstream) {
        if (Date.now() >= deadline) {
          fail(res, 503, { method, path, upstream: null, reason: "no-upstream", code: "none" });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, TRY_INTERVAL_MS));
        continue;
      }
      tried.add(upstream);
      upstream.requests += 1;
      const result = await attempt(upstream, req, body);
      if (result.kind === "answered") {
        const { upstreamRes } = result;
        res.statusCode = upstreamRes.statusCode ?? 502;
        for (const [name, value] of Object.entries(upstreamRes.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
        }
        upstreamRes.on("error", (error: NodeJS.ErrnoException) =>
          fail(res, 502, {
            method,
            path,
            upstream: upstream.url.origin,
            reason: "mid-response",
            code: error.code ?? error.message,
          }),
        );
        upstreamRes.pipe(res);
        return;
      }
      if (result.kind === "refused") {
        markDown(upstream);
        stats.retried.refused += 1;
        continue;
      }
      // The upstream took the request and then died. Only what is safe to repeat is repeated,
      // at least once even past the deadline (it may have queued there for a while).
      markDown(upstream);
      if (idempotent && (Date.now() < deadline || resets === 0)) {
        resets += 1;
        stats.retried.resetIdempotent += 1;
        continue;
      }
      fail(res, 502, {
        method,
        path,
        upstream: upstream.url.origin,
        reason: "in-flight",
        code: result.error.code ?? result.error.message,
      });
      return;
    }
  });

  return {
    server,
    stats: () => ({
      requests: stats.requests,
      byUpstream: Object.fromEntries(
        upstreams.map((u) => [
          u.url.origin,
          { requests: u.requests, healthy: u.healthy, wentDown: u.wentDown },
        ]),
      ),
      retried: { ...stats.retried },
      failures: [...stats.failures],
    }),
    stopHealthChecks: () => clearInterval(healthTimer),
  };
}

import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createReverseProxy } from "./reverse-proxy";

/**
 * `tsx run-reverse-proxy.ts --port 4600 --stats-port 4608 --upstream URL --upstream URL`:
 * serves the upstreams on --port and its own statistics as JSON on --stats-port.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "stats-port": { type: "string" },
      upstream: { type: "string", multiple: true },
    },
  });
  const proxy = createReverseProxy(values.upstream ?? []);
  proxy.server.keepAliveTimeout = 65_000;
  proxy.server.listen(Number(values.port), "127.0.0.1");
  const statsServer = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(proxy.stats()));
  });
  statsServer.listen(Number(values["stats-port"]), "127.0.0.1");
  const stop = () => {
    proxy.stopHealthChecks();
    proxy.server.closeAllConnections();
    proxy.server.close();
    statsServer.close();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

await main();

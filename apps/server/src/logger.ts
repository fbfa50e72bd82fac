import pino, { type Logger } from "pino";
import type { ServerConfig } from "./env";

export function createLogger(config: Pick<ServerConfig, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    base: { service: "opis-server" },
    // Never log credentials or session material, wherever they appear.
    redact: ["req.headers.cookie", "req.headers.authorization", "*.idToken", "*.token"],
  });
}

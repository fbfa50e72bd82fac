import pino, { type DestinationStream, type Logger } from "pino";
import type { ServerConfig } from "./env";
import { serializeErrorSafely } from "./safe-error";

/**
 * Fields that hold credentials, session material or personal data wherever they
 * appear in a log object (top level, or one or two levels down). Nothing logs
 * them on purpose; this is the net under mistakes. Errors go through
 * `serializeErrorSafely`, which never prints query parameters.
 */
const PERSONAL_OR_SECRET_FIELDS = [
  "cookie",
  "authorization",
  "idToken",
  "token",
  "password",
  "personalIdentityNumber",
  "personnummer",
  "givenName",
  "familyName",
  "fullName",
  "email",
  "params",
  "input",
  "rawInput",
  "body",
];

export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["set-cookie"]',
  ...PERSONAL_OR_SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

export function createLogger(
  config: Pick<ServerConfig, "logLevel"> & Partial<Pick<ServerConfig, "logFile">>,
  destination: DestinationStream | undefined = config.logFile
    ? // Synchronous, so the file is complete the moment a test run greps it.
      pino.destination({ dest: config.logFile, sync: true, mkdir: true, append: false })
    : undefined,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: "opis-server" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: serializeErrorSafely, error: serializeErrorSafely },
    },
    destination,
  );
}

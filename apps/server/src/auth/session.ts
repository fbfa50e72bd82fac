import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "opis_session";

/** A fresh session token for the cookie: 32 random bytes, base64url. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores for a token: its SHA-256, hex. The token itself is never stored. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

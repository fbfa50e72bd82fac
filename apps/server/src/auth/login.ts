import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { UNCLAIMED_SUBJECT_PREFIX } from "@opis/api";
import {
  createSession,
  type Database,
  deleteSession,
  endSessionsBeyond,
  findUserByEmail,
  findUserBySubject,
  listActiveAdministrators,
  listProjectAdministrators,
  saveAuthRequest,
  setUserSubject,
  takeAuthRequest,
} from "@opis/db";
import * as client from "openid-client";
import type { Logger } from "pino";
import type { OidcClientConfig } from "../env";
import { appendSetCookie, parseCookies, redirect, sendHtml, serializeCookie } from "../http";
import { renderMessagePage, renderNoAccessPage, renderPage } from "../pages/layout";
import { meetsRequiredAcr } from "./assurance";
import { safeReturnTo } from "./return-to";
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from "./session";

/** Pending authorization requests older than this are ignored (and purged). */
export const AUTH_REQUEST_MAX_AGE_MS = 10 * 60 * 1000;
const SCOPE = "openid profile email";
/** The login cookie lives only on the callback path, only as long as the request may. */
const LOGIN_COOKIE_PATH = "/auth/callback";
const USER_AGENT_MAX_LENGTH = 200;

/**
 * One cookie per login in flight, named by its state, so two tabs logging in at once
 * do not overwrite each other's binding.
 */
export function loginCookieName(state: string): string {
  return `opis_login_${state}`;
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface OidcLoginOptions {
  db: Database;
  logger: Logger;
  /** The server's public origin, e.g. "https://opis.example.se" (resolved per call). */
  origin: () => string;
  /** The identity provider to use (resolved on first login, after the server listens). */
  client: () => OidcClientConfig;
  sessionTtlHours: number;
  /** A new login ends the user's least recently used sessions beyond this many (ADR 0015). */
  maxSessionsPerUser: number;
  /** Refuse logins whose `acr` is below this level; `null` = no requirement. */
  requiredAcr: string | null;
  now?: () => Date;
}

export interface OidcLogin {
  login(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  callback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  logout(req: IncomingMessage, res: ServerResponse): Promise<void>;
  logoutPage(res: ServerResponse): void;
}

/**
 * OpenID Connect authorization code flow with PKCE (openid-client v6). The
 * server keeps no login state in memory: state, nonce, verifier and returnTo
 * live in `auth_requests`, sessions in `sessions`. The login is bound to the
 * browser that started it (ADR 0015): that browser gets a short-lived cookie
 * with a random secret whose hash is in `auth_requests`, and the callback is
 * refused without it, so a callback URL opened in another browser logs no one in.
 */
export function createOidcLogin(options: OidcLoginOptions): OidcLogin {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  let discovered: Promise<client.Configuration> | null = null;

  /** Discovery runs once, lazily: the dev IdP is served by this very server. */
  function configuration(): Promise<client.Configuration> {
    if (!discovered) {
      const { issuer, clientId, clientSecret } = options.client();
      const issuerUrl = new URL(issuer);
      discovered = client
        .discovery(
          issuerUrl,
          clientId,
          undefined,
          client.ClientSecretBasic(clientSecret),
          issuerUrl.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          discovered = null; // try again on the next login
          throw error;
        });
    }
    return discovered;
  }

  const secureCookies = () => options.origin().startsWith("https:");
  const callbackUrl = () => `${options.origin()}/auth/callback`;

  /**
   * The user behind the IdP's subject; else an account the administrator created
   * by e-mail that no login has claimed yet, which then keeps this subject.
   */
  async function matchUser(
    subject: string,
    idTokenEmail: string | undefined,
    accessToken: string | undefined,
  ) {
    const bySubject = await findUserBySubject(db, subject);
    if (bySubject) return bySubject;
    const email = idTokenEmail ?? (await userInfoEmail(subject, accessToken));
    if (!email) return undefined;
    const byEmail = await findUserByEmail(db, email);
    if (!byEmail?.subject.startsWith(UNCLAIMED_SUBJECT_PREFIX)) return undefined;
    await setUserSubject(db, byEmail.id, subject);
    logger.info({ userId: byEmail.id }, "login matched an account by e-mail; subject stored");
    return findUserBySubject(db, subject);
  }

  /** An IdP that keeps the e-mail out of the ID token may give it at the userinfo endpoint. */
  async function userInfoEmail(subject: string, accessToken: string | undefined) {
    if (!accessToken) return undefined;
    try {
      const info = await client.fetchUserInfo(await configuration(), accessToken, subject);
      return typeof info.email === "string" && info.email_verified !== false
        ? info.email
        : undefined;
    } catch (error) {
      logger.warn({ err: error }, "userinfo for e-mail matching failed");
      return undefined;
    }
  }

  function refuse(res: ServerResponse, status: number, title: string, message: string): void {
    // Every refusal is a login that did not happen: offer to log in again.
    sendHtml(res, status, renderMessagePage(title, message, { login: true }));
  }

  return {
    async login(_req, res, url) {
      const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
      let config: client.Configuration;
      try {
        config = await configuration();
      } catch (error) {
        logger.error({ err: error }, "OIDC discovery failed");
        refuse(
          res,
          503,
          "Inloggningen är inte tillgänglig",
          "Det gick inte att nå inloggningstjänsten. Försök igen om en stund.",
        );
        return;
      }
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const browserSecret = randomBytes(32).toString("base64url");
      await saveAuthRequest(db, {
        state,
        nonce,
        codeVerifier,
        returnTo,
        browserBinding: hashSessionToken(browserSecret),
        createdAt: now(),
      });
      const authorizationUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl(),
        scope: SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
        // Asks the IdP for the level we will insist on (SITHS, Freja eID Plus: LoA 3).
        ...(options.requiredAcr ? { acr_values: options.requiredAcr } : {}),
      });
      appendSetCookie(
        res,
        serializeCookie(loginCookieName(state), browserSecret, {
          maxAgeSeconds: AUTH_REQUEST_MAX_AGE_MS / 1000,
          secure: secureCookies(),
          path: LOGIN_COOKIE_PATH,
        }),
      );
      redirect(res, authorizationUrl.href);
    },

    async callback(req, res, url) {
      const state = url.searchParams.get("state");
      const browserSecret = state
        ? parseCookies(req.headers.cookie).get(loginCookieName(state))
        : undefined;
      if (state) {
        // Used once, whatever the outcome.
        appendSetCookie(
          res,
          serializeCookie(loginCookieName(state), "", {
            maxAgeSeconds: 0,
            secure: secureCookies(),
            path: LOGIN_COOKIE_PATH,
          }),
        );
      }
      if (state && !browserSecret) {
        // Another browser's login (login CSRF), or cookies blocked: the request stays
        // for the browser that started it.
        logger.warn("login callback without the starting browser's cookie refused");
        refuse(
          res,
          400,
          "Inloggningen kunde inte slutföras",
          "Inloggningen startades i en annan webbläsare, eller så tillåter webbläsaren inte kakor. Gå till startsidan och logga in igen härifrån.",
        );
        return;
      }
      const pending = state
        ? await takeAuthRequest(db, state, new Date(now().getTime() - AUTH_REQUEST_MAX_AGE_MS))
        : undefined;
      if (
        pending &&
        (!pending.browserBinding ||
          !sameHash(pending.browserBinding, hashSessionToken(browserSecret ?? "")))
      ) {
        logger.warn("login callback with another browser's cookie refused");
        refuse(
          res,
          400,
          "Inloggningen kunde inte slutföras",
          "Inloggningen startades i en annan webbläsare. Gå till startsidan och logga in igen härifrån.",
        );
        return;
      }
      if (!pending) {
        refuse(
          res,
          400,
          "Inloggningen kunde inte slutföras",
          "Inloggningen har gått ut eller startades inte här. Gå till startsidan och försök igen.",
        );
        return;
      }
      if (url.searchParams.has("error")) {
        logger.info({ error: url.searchParams.get("error") }, "login cancelled or refused by IdP");
        refuse(
          res,
          403,
          "Inloggningen avbröts",
          "Inloggningstjänsten slutförde inte inloggningen. Gå till startsidan och försök igen.",
        );
        return;
      }
      let subject: string;
      let email: string | undefined;
      let accessToken: string | undefined;
      let idToken: string | undefined;
      let acr: string | undefined;
      try {
        const config = await configuration();
        const currentUrl = new URL(`${url.pathname}${url.search}`, options.origin());
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new Error("no ID token claims");
        subject = claims.sub;
        // Only a verified (or not denied) address may match an account created by e-mail.
        email =
          typeof claims.email === "string" && claims.email_verified !== false
            ? claims.email
            : undefined;
        idToken = tokens.id_token;
        accessToken = tokens.access_token;
        acr = typeof claims.acr === "string" ? claims.acr : undefined;
      } catch (error) {
        logger.warn({ err: error }, "OIDC code exchange failed");
        refuse(
          res,
          400,
          "Inloggningen kunde inte slutföras",
          "Svaret från inloggningstjänsten kunde inte kontrolleras. Gå till startsidan och försök igen.",
        );
        return;
      }

      if (!meetsRequiredAcr(acr, options.requiredAcr)) {
        logger.warn(
          { acr: acr ?? null, required: options.requiredAcr },
          "login refused: assurance level too low",
        );
        refuse(
          res,
          403,
          "Inloggningen räcker inte för OPIS",
          "OPIS kräver en e-legitimation med högre tillitsnivå (till exempel SITHS eID eller Freja eID Plus). Logga in igen med en sådan.",
        );
        return;
      }

      // Role and scope come from our own records, never from the IdP's claims.
      const user = await matchUser(subject, email, accessToken);
      if (!user?.active) {
        logger.warn({ known: Boolean(user) }, "login refused: unknown or inactive subject");
        const administrators = user
          ? (
              await Promise.all(user.projectIds.map((id) => listProjectAdministrators(db, id)))
            ).flat()
          : await listActiveAdministrators(db);
        sendHtml(res, 403, renderNoAccessPage(administrators));
        return;
      }
      const token = newSessionToken();
      const ttlSeconds = Math.round(options.sessionTtlHours * 3600);
      const loginAt = now();
      const ended = await db.transaction(async (tx) => {
        await createSession(tx, {
          tokenHash: hashSessionToken(token),
          userId: user.id,
          expiresAt: new Date(loginAt.getTime() + ttlSeconds * 1000),
          idToken: idToken ?? null,
          now: loginAt,
          userAgent: req.headers["user-agent"]?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
          acr: acr ?? null,
        });
        return endSessionsBeyond(tx, user.id, options.maxSessionsPerUser);
      });
      logger.info({ userId: user.id, role: user.role, endedSessions: ended }, "login");
      appendSetCookie(
        res,
        serializeCookie(SESSION_COOKIE, token, {
          maxAgeSeconds: ttlSeconds,
          secure: secureCookies(),
        }),
      );
      redirect(res, pending.returnTo);
    },

    async logout(req, res) {
      const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
      const deleted = token ? await deleteSession(db, hashSessionToken(token)) : undefined;
      appendSetCookie(
        res,
        serializeCookie(SESSION_COOKIE, "", { maxAgeSeconds: 0, secure: secureCookies() }),
      );
      let location = "/";
      if (deleted) {
        try {
          const config = await configuration();
          if (config.serverMetadata().end_session_endpoint) {
            const parameters: Record<string, string> = {
              post_logout_redirect_uri: `${options.origin()}/`,
              client_id: config.clientMetadata().client_id,
            };
            if (deleted.idToken) parameters.id_token_hint = deleted.idToken;
            location = client.buildEndSessionUrl(config, parameters).href;
          }
        } catch (error) {
          logger.warn({ err: error }, "could not reach the IdP for logout; local logout only");
        }
      }
      redirect(res, location);
    },

    logoutPage(res) {
      sendHtml(
        res,
        200,
        renderPage({
          title: "Logga ut – OPIS",
          body: `<h1>Logga ut</h1>
<form method="post" action="/auth/logout">
<button type="submit">Logga ut från OPIS</button>
</form>
<p><a href="/">Till startsidan</a></p>`,
        }),
      );
    },
  };
}

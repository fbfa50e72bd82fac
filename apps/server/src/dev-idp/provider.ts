import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEMO_USERS, type DemoUser } from "@opis/demo/users";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { Logger } from "pino";
import { KNOWN_ACR_VALUES } from "../auth/assurance";
import type { OidcClientConfig } from "../env";
import { escapeHtml, readBody, redirect, sendHtml } from "../http";
import { AUTO_SUBMIT_PATH, renderMessagePage, renderPage } from "../pages/layout";

export const DEV_IDP_PREFIX = "/oidc";
export const DEV_CLIENT_ID = "opis-dev";

export interface DevIdp {
  /** What the server's OIDC client needs to log in against this IdP. */
  readonly client: OidcClientConfig;
  readonly users: readonly DemoUser[];
  /** Handles every request under /oidc (the prefix is still on `req.url`). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export interface DevIdpOptions {
  /** The server's public origin, e.g. "http://localhost:3000". */
  origin: string;
  logger: Logger;
  users?: readonly DemoUser[];
  /** The assurance level (`acr`) every login here vouches for. */
  acr?: string;
  /**
   * The users created in the administrator's console (`users`), offered beside
   * the demo users. One whose account no login has claimed gets the subject
   * `dev:<e-mail>`, so OPIS matches them on the e-mail as with a real IdP.
   */
  moreUsers?: () => Promise<readonly DemoUser[]>;
}

/**
 * A development OpenID provider (oidc-provider v9) mounted under /oidc of
 * this server. It only proves who a demo user is; roles come from `users`.
 * Keys are generated at start and the memory adapter is used: restarting
 * the server logs everyone out of the IdP. Never for production.
 */
export function createDevIdp({
  origin,
  logger,
  users = DEMO_USERS,
  acr = "http://id.elegnamnden.se/loa/1.0/loa3",
  moreUsers,
}: DevIdpOptions): DevIdp {
  // Defence in depth: the environment check (env.ts) already refuses this configuration.
  if (process.env.NODE_ENV === "production" && process.env.OPIS_ALLOW_DEV_IDP !== "yes") {
    throw new Error(
      "The development IdP does not run with NODE_ENV=production: configure OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
    );
  }
  const issuer = `${origin}${DEV_IDP_PREFIX}`;
  const clientSecret = randomBytes(32).toString("base64url");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256" };
  const byId = new Map(users.map((user) => [user.subject, user]));
  /** The demo users, then the console's, each subject once; remembered for findAccount. */
  async function offered(): Promise<readonly DemoUser[]> {
    const extra = moreUsers ? await moreUsers() : [];
    const all = [...users, ...extra.filter((u) => !users.some((d) => d.subject === u.subject))];
    for (const user of all) byId.set(user.subject, user);
    return all;
  }

  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: clientSecret,
        client_name: "OPIS",
        redirect_uris: [`${origin}/auth/callback`],
        post_logout_redirect_uris: [`${origin}/`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
        // The ID token carries `acr` even when OPIS does not ask for a level.
        default_acr_values: [acr],
      },
    ],
    pkce: { required: () => true },
    acrValues: [...new Set([...KNOWN_ACR_VALUES, acr])],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], profile: ["name"], email: ["email"] },
    // The ID token carries name and e-mail: OPIS matches a console-created account on it.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      const user = byId.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: user.name, email: user.email };
        },
      };
    },
    ttl: {
      Interaction: 10 * 60,
      Session: 12 * 3600,
      Grant: 12 * 3600,
      AccessToken: 10 * 60,
      IdToken: 10 * 60,
      AuthorizationCode: 60,
    },
    interactions: {
      url: (_ctx, interaction) => `${DEV_IDP_PREFIX}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // No confirmation step: the form submits itself (a same-origin script,
        // allowed by the CSP); without JavaScript the user presses the button.
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          const autoForm = form
            .replace('id="op.logoutForm"', 'id="op.logoutForm" data-auto-submit')
            .replace("</form>", '<input type="hidden" name="logout" value="yes"/></form>');
          ctx.type = "html";
          ctx.body = renderPage({
            title: "Loggar ut – OPIS (utvecklingsinloggning)",
            scripts: [AUTO_SUBMIT_PATH],
            body: `<h1>Du loggas ut</h1>
${autoForm}
<p>Om inget händer, tryck på knappen.</p>
<button type="submit" form="op.logoutForm">Slutför utloggningen</button>`,
          });
        },
      },
    },
    // First-party client: consent is granted without asking.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const session = ctx.oidc.session;
      const clientId = ctx.oidc.client?.clientId;
      if (!session || !clientId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      if (clientId !== DEV_CLIENT_ID || !session.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
    async renderError(ctx: KoaContextWithOIDC, out) {
      logger.warn({ error: out.error, description: out.error_description }, "dev IdP error");
      ctx.type = "html";
      ctx.body = renderMessagePage(
        "Inloggningen misslyckades",
        "Utvecklingsinloggningen kunde inte slutföra begäran. Gå till startsidan och försök igen.",
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  if (origin.startsWith("https:")) provider.proxy = true;
  const providerCallback = provider.callback();

  const interactionPath = new RegExp(`^${DEV_IDP_PREFIX}/interaction/([\\w-]+)(/login)?$`);

  async function handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    isLogin: boolean,
  ): Promise<void> {
    let details: Awaited<ReturnType<typeof provider.interactionDetails>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(
        res,
        400,
        renderMessagePage(
          "Inloggningen har gått ut",
          "Inloggningssidan är inte längre giltig. Gå till startsidan och logga in igen.",
        ),
      );
      return;
    }
    if (details.uid !== uid) {
      redirect(res, `${DEV_IDP_PREFIX}/interaction/${details.uid}`);
      return;
    }
    if (isLogin) {
      if (req.method !== "POST") {
        res.statusCode = 405;
        res.setHeader("Allow", "POST");
        res.end();
        return;
      }
      const subject = new URLSearchParams(await readBody(req)).get("subject") ?? "";
      const choices = await offered();
      if (!choices.some((user) => user.subject === subject)) {
        sendHtml(res, 400, renderLoginPage(uid, choices, "Välj en av demoanvändarna."));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: subject, acr } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name === "login") {
      sendHtml(res, 200, renderLoginPage(uid, await offered()));
      return;
    }
    if (details.prompt.name === "consent") {
      // Normally covered by loadExistingGrant; kept for prompts it does not cover.
      const accountId = details.session?.accountId;
      if (!accountId) {
        sendHtml(res, 200, renderLoginPage(uid, await offered()));
        return;
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error("grant not found");
      grant.addOIDCScope("openid profile email");
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } });
      return;
    }
    await provider.interactionFinished(req, res, {
      error: "access_denied",
      error_description: "unsupported prompt",
    });
  }

  return {
    client: { issuer, clientId: DEV_CLIENT_ID, clientSecret },
    users,
    async handle(req, res) {
      const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
      const interaction = interactionPath.exec(path);
      if (interaction?.[1]) {
        await handleInteraction(req, res, interaction[1], Boolean(interaction[2]));
        return;
      }
      // Mounting without a framework, as the oidc-provider docs do for hapi:
      // the provider derives its mount path from originalUrl minus url.
      const original = req.url ?? "/";
      const mounted = req as IncomingMessage & { originalUrl?: string };
      mounted.originalUrl = original;
      req.url = original.slice(DEV_IDP_PREFIX.length) || "/";
      try {
        await new Promise<void>((resolve, reject) => {
          res.once("finish", resolve);
          res.once("close", resolve);
          Promise.resolve(providerCallback(req, res)).catch(reject);
        });
      } finally {
        req.url = original;
      }
    },
  };
}

function renderLoginPage(uid: string, users: readonly DemoUser[], error?: string): string {
  const items = users
    .map(
      (user, index) => `<li>
<button type="submit" name="subject" value="${escapeHtml(user.subject)}" aria-describedby="anvandare-${index}">Logga in som ${escapeHtml(user.name)}</button>
<p id="anvandare-${index}">${escapeHtml(user.description)}</p>
</li>`,
    )
    .join("\n");
  const errorHtml = error ? `<p class="notice" role="alert">${escapeHtml(error)}</p>` : "";
  return renderPage({
    title: "Logga in – OPIS (utvecklingsinloggning)",
    body: `<h1>Logga in i OPIS</h1>
<p class="notice"><strong>Utvecklingsinloggning.</strong> Den här sidan finns bara i utvecklings- och demomiljöer. Välj en demoanvändare; behörigheten hämtas från OPIS användarregister.</p>
${errorHtml}
<form method="post" action="${DEV_IDP_PREFIX}/interaction/${escapeHtml(uid)}/login">
<h2>Demoanvändare</h2>
<ul class="choices">
${items}
</ul>
</form>`,
  });
}

import { describe, expect, test } from "vitest";
import { loadConfig } from "./env";

const OIDC = {
  OIDC_ISSUER: "https://idp.example.se",
  OIDC_CLIENT_ID: "opis",
  OIDC_CLIENT_SECRET: "secret",
};

describe("loadConfig: the development IdP and sessions", () => {
  test("NODE_ENV=production without an identity provider refuses to start, naming the variables", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /OIDC_ISSUER: NODE_ENV=production but no identity provider is configured.*development IdP/,
    );
  });

  test("production with an identity provider starts; development without one uses the dev IdP", () => {
    expect(loadConfig({ NODE_ENV: "production", ...OIDC }).oidc?.issuer).toBe(
      "https://idp.example.se",
    );
    expect(loadConfig({ NODE_ENV: "development" }).oidc).toBeNull();
    expect(loadConfig({}).oidc).toBeNull();
  });

  test("the production-shape smoke may opt in explicitly", () => {
    expect(loadConfig({ NODE_ENV: "production", OPIS_ALLOW_DEV_IDP: "yes" }).oidc).toBeNull();
  });

  test("idle timeout 30 minutes and three sessions per user unless configured", () => {
    const defaults = loadConfig({});
    expect(defaults.sessionIdleMinutes).toBe(30);
    expect(defaults.maxSessionsPerUser).toBe(3);
    expect(defaults.requiredAcr).toBeNull();
    const set = loadConfig({
      SESSION_IDLE_MINUTES: "15",
      SESSION_MAX_PER_USER: "1",
      OIDC_REQUIRED_ACR: "http://id.elegnamnden.se/loa/1.0/loa3",
    });
    expect(set.sessionIdleMinutes).toBe(15);
    expect(set.maxSessionsPerUser).toBe(1);
    expect(set.requiredAcr).toBe("http://id.elegnamnden.se/loa/1.0/loa3");
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});

import { expect, type Page } from "@playwright/test";

export type AppPath = "/staff/" | "/kommun/" | "/admin/";

/**
 * Logs in through the real OIDC flow: the server's /auth/login, the
 * development IdP's Swedish login page, and back to the app with a session.
 */
export async function login(page: Page, name: string, app: AppPath): Promise<void> {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(app)}`);
  await page.getByRole("button", { name: `Logga in som ${name}` }).click();
  await page.waitForURL((url) => url.pathname.startsWith(app));
  await expect(page.getByTestId("user-name")).toHaveText(name);
}

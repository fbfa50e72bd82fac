import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

test("project management searches the audit log by user and event, exports it and verifies the chain", async ({
  page,
  browser,
  baseURL,
}) => {
  // An officer looks a person up: the look-up is logged, with the number masked on screen.
  const staffContext = await browser.newContext({ baseURL, locale: "sv-SE" });
  const staff = await staffContext.newPage();
  await login(staff, "Erik Johansson", "/staff/");
  const me = await staff.request.get("/trpc/auth.me");
  const officerId = (await me.json()).result.data.id as string;
  const lookup = await staff.request.post("/trpc/intake.lookupPerson", {
    data: { personalIdentityNumber: "200503022386" },
    headers: { "x-opis-csrf": "1" },
  });
  expect(lookup.ok(), await lookup.text()).toBe(true);
  await staffContext.close();

  await login(page, "Lars Nyström", "/admin/");
  await page.getByRole("link", { name: "Administration" }).click();
  await page.getByRole("link", { name: "Granskningslogg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Granskningslogg" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Användare (id)").fill(officerId);
  await page.getByLabel("Händelse", { exact: true }).selectOption("person.lookup");
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  const rows = page.getByRole("row").filter({ hasText: "person.lookup" });
  await expect(rows.first()).toContainText("Erik Johansson");
  await expect(rows.first()).toContainText("20050302-••••");
  await expect(page.getByRole("table")).not.toContainText("200503022386");
  await expect(page.getByRole("row").filter({ hasText: "participant.read" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportera (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("granskningslogg.csv");

  await page.getByRole("button", { name: "Kontrollera kedjan" }).click();
  await expect(page.getByTestId("audit-chain-status")).toHaveText(
    /Kedjan är obruten \(\d+ rader kontrollerade\)/,
  );
  await expectNoAxeViolations(page);
});

test("evaluators do not see the audit log", async ({ page }) => {
  await login(page, "Karin Ek", "/admin/");
  await expect(page.getByRole("heading", { level: 1, name: "Måluppfyllelse" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Granskningslogg" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
});

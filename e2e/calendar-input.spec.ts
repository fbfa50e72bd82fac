import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/**
 * A week in the address that is not a real date (30 February) is a mistake to
 * explain, not a crash: the calendar module answers with a validation error.
 */
test("an attendance week that does not exist says so, in Swedish", async ({ page }) => {
  await login(page, "Maria Svensson", "/kommun/");
  await page.goto("/kommun/narvaro/2025-02-30");
  await expect(page.getByRole("heading", { level: 1, name: "Veckan finns inte" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText(
    "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15",
  );
  await expectNoAxeViolations(page);
  // A real date still opens its week.
  await page.goto("/kommun/narvaro/2025-03-05");
  await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 10" })).toBeVisible();
});

/**
 * Issue 14: every date field in the admin console is the shared ÅÅÅÅ-MM-DD text
 * field (DateInput), never the browser's own date picker.
 */
test("the admin console's date fields are ÅÅÅÅ-MM-DD text fields", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "Lars Nyström", "/admin/");
  for (const path of [
    "/admin/",
    "/admin/floden",
    "/admin/framgangsfaktorer",
    "/admin/jamforelsegrupp",
    "/admin/export",
    "/admin/administration/registerutdrag",
    "/admin/administration/import",
    "/admin/administration/data",
    "/admin/administration/anvandare",
    "/admin/administration/granskningslogg",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('input[type="date"]'), path).toHaveCount(0);
  }
  for (const label of ["Från och med", "Till och med"]) {
    const field = page.getByLabel(label);
    await expect(field).toHaveAttribute("type", "text");
    await expect(field).toHaveAttribute("placeholder", "ÅÅÅÅ-MM-DD");
  }
  await expectNoAxeViolations(page);
});

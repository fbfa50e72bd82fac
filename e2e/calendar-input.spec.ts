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

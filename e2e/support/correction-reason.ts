import { expect, type Page } from "@playwright/test";

/**
 * Saving the attendance week: when the save changes days already recorded (a
 * database reused across runs, or demo data), the grid asks for the reason first.
 */
export async function expectWeekSavedGivingReasonIfAsked(page: Page): Promise<void> {
  const saved = page.getByText(/^Sparat \d\d:\d\d$/);
  const asked = page.getByRole("link", { name: "Skriv varför uppgiften ändras" });
  await expect(saved.or(asked)).toBeVisible();
  if (await asked.isVisible()) {
    await page.getByLabel("Orsak till ändring av registrerade dagar").fill("Rättat efter samtal");
    await page.getByRole("button", { name: "Spara veckan" }).click();
  }
  await expect(saved).toBeVisible();
}

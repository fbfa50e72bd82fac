import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectWeekSavedGivingReasonIfAsked } from "./support/correction-reason";
import { retype, tabTo } from "./support/keyboard";
import { login } from "./support/login";

/**
 * The attendance grid guards unsaved edits: another week, another link or
 * closing the tab asks first; after a save the guard is off. Weeks 44 and 45
 * of 2026, which the other journeys leave alone.
 */

/** Opens a week and returns its first editable cell with the value it had. */
async function openWeek(page: Page, weekStart: string, week: number) {
  await page.goto(`/kommun/narvaro/${weekStart}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Närvaro vecka ${week}` }),
  ).toBeVisible();
  const grid = page.locator("table.attendance-grid");
  await expect(grid.locator("tbody tr").first()).toBeVisible();
  const cell = grid.locator('input[tabindex="0"]');
  const id = await cell.getAttribute("id");
  if (!id) throw new Error("the grid has no editable cell");
  const before = await cell.inputValue();
  // At least any daily plan (8 hours at most), so no absence reason is needed, and within
  // the plan plus the project's margin (60 minutes), which the case-work rules allow.
  return { cell: page.locator(`#${id}`), before, after: before === "9" ? "8,5" : "9" };
}

const unsavedStatus = (page: Page) => page.getByText("Osparade ändringar", { exact: true });
const leaveDialog = (page: Page) =>
  page.getByRole("dialog", { name: "Lämna veckan utan att spara?" });

test.describe("unsaved attendance", () => {
  test("switching week asks first; Stanna kvar keeps the edit, and after saving the guard is off", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const { cell, after } = await openWeek(page, "2026-11-02", 45);
    await expect(unsavedStatus(page)).toHaveCount(0);

    await cell.fill(after);
    await expect(unsavedStatus(page)).toBeVisible();

    // Another week: the dialog, with focus on the safe choice.
    const next = page.getByRole("link", { name: "Nästa vecka (46)" });
    await next.click();
    const dialog = leaveDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("vecka 45");
    await expect(dialog.getByRole("button", { name: "Stanna kvar" })).toBeFocused();
    await expectNoAxeViolations(page);

    // Escape cancels, like Stanna kvar.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/kommun\/narvaro\/2026-11-02$/);
    await expect(next).toBeFocused();

    // The main navigation is guarded too.
    await page.getByRole("link", { name: /^Deltagare/ }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Stanna kvar" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/kommun\/narvaro\/2026-11-02$/);
    await expect(cell).toHaveValue(after);
    await expect(unsavedStatus(page)).toBeVisible();

    // Closing the tab gets the browser's prompt; dismissing it keeps the page.
    const prompt = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const beforeUnload = await prompt;
    expect(beforeUnload.type()).toBe("beforeunload");
    await beforeUnload.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(cell).toHaveValue(after);

    await page.getByRole("button", { name: "Spara veckan" }).click();
    await expectWeekSavedGivingReasonIfAsked(page);
    await expect(unsavedStatus(page)).toHaveCount(0);

    // Saved: the week changes without a question.
    await next.click();
    await expect(page).toHaveURL(/\/kommun\/narvaro\/2026-11-09$/);
    await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 46" })).toBeVisible();
    await expect(leaveDialog(page)).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 45" })).toBeVisible();
    await expect(cell).toHaveValue(after);

    // Nothing unsaved: closing the tab asks nothing.
    const prompts: string[] = [];
    page.on("dialog", (d) => {
      prompts.push(d.type());
      void d.dismiss();
    });
    await Promise.all([page.waitForEvent("close"), page.close({ runBeforeUnload: true })]);
    expect(prompts).toEqual([]);
  });

  test("by keyboard: Lämna utan att spara discards the edit and changes week", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const { cell, before, after } = await openWeek(page, "2026-10-26", 44);

    await tabTo(page, cell);
    await retype(page, after);
    await expect(unsavedStatus(page)).toBeVisible();

    const previous = page.getByRole("link", { name: "Föregående vecka (43)" });
    await tabTo(page, previous, { backwards: true });
    await page.keyboard.press("Enter");
    const dialog = leaveDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Stanna kvar" })).toBeFocused();
    // Focus stays inside the dialog.
    await page.keyboard.press("Shift+Tab");
    const leave = dialog.getByRole("button", { name: "Lämna utan att spara" });
    await expect(leave).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(leave).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/kommun\/narvaro\/2026-10-19$/);
    await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 43" })).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await expect(unsavedStatus(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The edit is gone: back on week 44 the cell holds what was saved before.
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 44" })).toBeVisible();
    await expect(cell).toHaveValue(before);
    await expect(unsavedStatus(page)).toHaveCount(0);
    await page.reload();
    await expect(cell).toHaveValue(before);
  });
});

import type { Locator, Page } from "@playwright/test";

/** Presses Tab (or Shift+Tab) until `target` has focus: how a keyboard user gets there. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 120 } = {},
): Promise<void> {
  await target.waitFor({ state: "visible" });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Could not reach ${target} with the keyboard in ${max} presses`);
}

/** Replaces a text field's content by keyboard. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

test.describe("kommun portal", () => {
  test("Maria in Kalmar sees only Kalmar's participants", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    await expect(page.getByRole("heading", { level: 1, name: "Deltagare i Kalmar" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Kalmar kommun");
    await expect(page.getByText(/^Visar \d/)).toBeVisible();

    const rows = page.locator("table.data-table tbody tr");
    await expect(rows.first()).toBeVisible();
    const municipalities = await rows.locator("td:nth-child(3)").allTextContents();
    expect(municipalities.length).toBeGreaterThan(0);
    expect(new Set(municipalities)).toEqual(new Set(["Kalmar"]));
    await expectNoAxeViolations(page);
  });

  test("sorting and the status filter keep their state in the URL", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    await page.getByRole("button", { name: /Startdatum/ }).click();
    await expect(page).toHaveURL(/sort=startDate/);
    await expect(page.getByRole("columnheader", { name: /Startdatum/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await page.getByLabel("Status").selectOption("active");
    await expect(page).toHaveURL(/status=active/);
    await expect(page.getByText("Filter: status pågående")).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/status=active/);
  });
});

import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { login } from "./support/login";

const here = path.dirname(fileURLToPath(import.meta.url));

test.describe("evaluation console: filters, errors, focus and charts (Karin Ek)", () => {
  test("the filter form shows the applied filter after a reload and keeps the flow split when applied", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/");
    await page.goto("/admin/floden?kommun=0880&dela=disability");
    await expect(page.getByTestId("applied-filters")).toContainText("Kalmar");
    // The option list arrives after the first render; the field must still show Kalmar.
    await expect(page.getByLabel("Kommun")).toHaveValue("0880");
    await expect(page.getByLabel("Dela upp efter")).toHaveValue("disability");

    await page.getByLabel("Minsta antal som visas").fill("10");
    await page.getByRole("button", { name: "Visa urval" }).click();
    await expect(page).toHaveURL(/grans=10/);
    await expect(page).toHaveURL(/kommun=0880/);
    await expect(page).toHaveURL(/dela=disability/);

    // Back: the fields follow the URL again.
    await page.goBack();
    await expect(page.getByLabel("Minsta antal som visas")).toHaveValue("5");
  });

  test("a wrong threshold is refused with the field named, and focus on the summary", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/");
    await expect(page.getByTestId("goal-table")).toBeVisible();
    const threshold = page.getByLabel("Minsta antal som visas");
    await threshold.fill("3");
    await threshold.press("Enter");
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Ange minsta antal som ett heltal från 5 till 100.");
    await expect(threshold).toHaveAttribute("aria-invalid", "true");
    await expect(page).not.toHaveURL(/grans=/);
    await expectNoAxeViolations(page);

    await summary.getByRole("link").first().click();
    await expect(threshold).toBeFocused();
    await threshold.fill("5");
    // No free dates: the period is a whole quarter from a list (ADR 0011).
    await expect(page.getByLabel("Inskrivna från och med")).toHaveCount(0);
    await expect(page.getByLabel("Inskrivna under kvartal")).toBeVisible();
  });

  test("the trend's goal has its own address", async ({ page }) => {
    await login(page, "Karin Ek", "/admin/");
    const goal = page.getByLabel("Mål att visa");
    const second = await goal.locator("option").nth(1).getAttribute("value");
    await goal.selectOption(second ?? "");
    await expect(page).toHaveURL(new RegExp(`mal=${second}`));
    await page.reload();
    await expect(page.getByLabel("Mål att visa")).toHaveValue(second ?? "");
  });

  test("the flow chart is drawn at a readable size, with the tables beside it", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/floden");
    const chart = page.getByRole("img", { name: /Flödet från målgrupp/ });
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(600);
    await expect(page.getByTestId("flow-table-exits")).toBeVisible();
  });

  test("success factors explain the dashed goal line", async ({ page }) => {
    await login(page, "Karin Ek", "/admin/framgangsfaktorer");
    await expect(page.getByText("Målet: 60 % i arbete eller studier").first()).toBeVisible();
  });

  test("comparison group: focus lands on what happened, field errors name the field, balance in Swedish", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/jamforelsegrupp");
    await page.getByRole("button", { name: "Läs in fil" }).click();
    await expect(page.getByLabel("Fil")).toBeFocused();
    await expect(page.getByText("Välj en fil att läsa in.")).toBeVisible();

    await page
      .getByLabel("Fil")
      .setInputFiles(path.join(here, "fixtures/comparison-group-invalid.csv"));
    await page.getByRole("button", { name: "Läs in fil" }).click();
    await expect(page.getByTestId("import-errors")).toBeFocused();
    await expect(
      page.getByTestId("import-errors").getByRole("row", { name: /^4 gender / }),
    ).toBeVisible();

    await page.getByLabel("Fil").setInputFiles(path.join(here, "fixtures/comparison-group.csv"));
    await page.getByRole("button", { name: "Läs in fil" }).click();
    await expect(page.getByTestId("import-done")).toBeFocused();

    // Coarsened exact matching on gender alone: the untouched cutpoint fields must not get in the way.
    await page.getByLabel("Grovt exakt matchning (CEM)").check();
    await page.getByLabel("Ålder", { exact: true }).uncheck();
    await page.getByLabel("Inskrivningstid", { exact: true }).uncheck();
    await page.getByLabel("Gränser för ålder (år)").fill("40 30");
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    await expect(page.getByTestId("match-outcome")).toBeFocused();
    await expect(page.getByTestId("effect-table")).toBeVisible();
    await expect(
      page.getByTestId("balance-table").getByRole("rowheader", { name: "Kön: Kvinna" }),
    ).toBeVisible();

    // Cutpoints that do not increase are refused beside the field.
    await page.getByLabel("Ålder", { exact: true }).check();
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      "Skriv gränserna för ålder som tal i stigande ordning, till exempel 30 40 50.",
    );
    await expect(page.getByLabel("Gränser för ålder (år)")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await page.getByLabel("Gränser för ålder (år)").fill("30 40 50");
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    await expect(page.getByTestId("match-outcome")).toBeFocused();
    await expect(
      page.getByTestId("balance-table").getByRole("rowheader", { name: "Ålder" }),
    ).toBeVisible();
    for (const cell of await page.getByTestId("effect-table").getByRole("cell").allTextContents())
      expect(cell).not.toMatch(/\d\.\d/);
  });

  test("exports by keyboard: focus stays on the button while the file is made", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/export");
    const button = page.getByRole("button", { name: "Ladda ned deltagardata (CSV)" });
    await tabTo(page, button);
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    await download;
    await expect(page.getByTestId("export-status")).toContainText("är nedladdad");
    await expect(button).toBeFocused();
  });
});

import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

const COUNT = /^(\d{1,3}([\s\u00a0]\d{3})*|<5|\.\.)$/;

test.describe("admin console", () => {
  test("shows enrolment by gender against the 200 + 200 goal, with numbers in a table", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/");
    await expect(page.getByRole("heading", { level: 1, name: "Måluppfyllelse" })).toBeVisible();
    await expect(page.getByRole("img", { name: /per kön/ }).first()).toBeVisible();

    const table = page.getByTestId("gender-table");
    for (const gender of ["Kvinna", "Man"]) {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: gender, exact: true }) });
      const cells = row.getByRole("cell");
      await expect(cells.nth(0)).toHaveText(COUNT);
      await expect(cells.nth(1)).toHaveText("200");
    }
    const total = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Totalt" }) });
    await expect(total.getByRole("cell").nth(1)).toHaveText("400");

    const goals = page.getByTestId("goal-table");
    await expect(goals.locator("tbody")).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test("an officer who lands in the admin console is sent to the staff app and told whom to ask", async ({
    page,
  }) => {
    await login(page, "Erik Johansson", "/staff/");
    await page.goto("/admin/");
    await expect(
      page.getByRole("heading", { level: 1, name: "Du har inte behörighet hit" }),
    ).toBeVisible();
    await expect(page.getByText("Frågor om behörighet besvaras av")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Lars Nyström" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Gå till Handläggning" }).click();
    await expect(page).toHaveURL(/\/staff\/$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Välkommen, Erik Johansson" }),
    ).toBeVisible();
  });
});

import { secondDemoProject, TWO_PROJECT_OFFICER } from "@opis/demo";
import { OPIS_PROJECT } from "@opis/domain";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/**
 * Issue 12: two projects on one server. The demo server seeds a second project, registered
 * from JSON (the fifth-project test vector), and an officer who works in both; the first
 * project (OPIS) has none of her cases, the second five.
 */
const SECOND = secondDemoProject();

test.describe("two projects on the server", () => {
  test("an officer in two projects switches project; the URL keeps it, the caseload is the other project's, a reload keeps it", async ({
    page,
  }) => {
    await login(page, TWO_PROJECT_OFFICER.name, "/staff/");

    // Her first project: OPIS, where she has no participants.
    const switcher = page.getByLabel("Projekt", { exact: true });
    await expect(switcher).toBeVisible();
    await expect(switcher.locator("option:checked")).toHaveText(OPIS_PROJECT.name.sv);
    await expect(switcher.locator("option")).toHaveText([OPIS_PROJECT.name.sv, SECOND.name.sv]);
    await expect(page.getByRole("heading", { name: "Det finns inga deltagare än" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Switch: the URL names the project, and the caseload is the second project's.
    await switcher.selectOption({ label: SECOND.name.sv });
    await expect(page).toHaveURL(new RegExp(`[?&]project=${SECOND.id}(&|$)`));
    const caseload = page.getByRole("table");
    await expect(caseload.getByRole("link", { name: "Lindgren, Alva" })).toBeVisible();
    await expect(caseload.locator("tbody tr")).toHaveCount(5);
    await expect(page.getByRole("heading", { name: "Det finns inga deltagare än" })).toHaveCount(0);
    // The municipality filter offers the registered project's municipalities (its
    // definition comes from the server, not from the code).
    const municipality = page.getByLabel("Kommun", { exact: true });
    await expect(municipality.locator("option")).toHaveText([
      "Alla kommuner",
      "Växjö",
      "Alvesta",
      "Ljungby",
    ]);
    await municipality.selectOption({ label: "Ljungby" });
    await expect(caseload.locator("tbody tr")).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`[?&]project=${SECOND.id}(&|$)`));
    await expectNoAxeViolations(page);

    // A reload keeps the project.
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`[?&]project=${SECOND.id}(&|$)`));
    await expect(page.getByLabel("Projekt", { exact: true }).locator("option:checked")).toHaveText(
      SECOND.name.sv,
    );
    // The filter stayed too: the two Ljungby participants.
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(2);
    const karimi = page.getByRole("table").getByRole("link", { name: "Karimi, Nour" });
    await expect(karimi).toBeVisible();

    // A case of the second project opens; its timeline reads the registered definition.
    await karimi.click();
    await expect(page.getByRole("heading", { level: 1, name: /Nour Karimi/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // The start page without ?project= opens the tab's project; back to the first
    // project, her OPIS caseload is empty again.
    await page.goto("/staff/");
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(5);
    await page.getByLabel("Projekt", { exact: true }).selectOption({ label: OPIS_PROJECT.name.sv });
    await expect(page).toHaveURL(new RegExp(`[?&]project=${OPIS_PROJECT.id}(&|$)`));
    await expect(page.getByRole("heading", { name: "Det finns inga deltagare än" })).toBeVisible();
  });
});

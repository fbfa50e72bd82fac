import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** The next-step kinds as the select and the column name them (vocab.nextActionKind.*). */
const KINDS = [
  { value: "writePlan", label: "Skriv gemensam plan" },
  { value: "reviewPlan", label: "Följ upp planen" },
  { value: "recordFollowUp", label: "Registrera uppföljning" },
  { value: "none", label: "Inget att göra just nu" },
] as const;

/** The "Nästa steg" cell of every row of the caseload table. */
async function nextStepCells(page: Page): Promise<Locator[]> {
  const table = page.getByRole("table");
  const headers = await table.getByRole("columnheader").allTextContents();
  const column = headers.findIndex((h) => h.startsWith("Nästa steg"));
  expect(column, "the Nästa steg column").toBeGreaterThan(-1);
  const rows = await table.locator("tbody tr").all();
  return rows.map((row) => row.locator("th, td").nth(column));
}

test.describe("staff caseload: filter and sort by next step", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "Anna Lindqvist", "/staff/");
  });

  test("filters the office's cases by the kind of next step, keeps it in the URL, sorts by its date and clears it", async ({
    page,
  }) => {
    await page.goto("/staff/deltagare?scope=office");
    await expect(page.getByText(/^Visar \d/)).toBeVisible();

    // Filter by the kind of the first case's next step, so the data decides nothing.
    const [firstCell] = await nextStepCells(page);
    const firstText = (await firstCell?.textContent()) ?? "";
    const kind = KINDS.find((k) => firstText.startsWith(k.label));
    expect(kind, `a known next step in "${firstText}"`).toBeDefined();
    if (!kind) return;
    const select = page.getByLabel("Nästa steg");
    await select.selectOption({ label: kind.label });
    await expect(page).toHaveURL(new RegExp(`steg=${kind.value}`));
    await expect(page.getByText(`Filter: nästa steg ”${kind.label}”`)).toBeVisible();
    await expect(page.locator("table.data-table")).toHaveAttribute("aria-busy", "false");
    await expect(async () => {
      const cells = await nextStepCells(page);
      expect(cells.length).toBeGreaterThan(0);
      for (const text of await Promise.all(cells.map((c) => c.textContent()))) {
        expect(text?.startsWith(kind.label), text ?? "").toBe(true);
      }
    }).toPass();
    await expectNoAxeViolations(page);

    // Reloading keeps the filter: it lives in the URL.
    await page.reload();
    await expect(page.getByLabel("Nästa steg")).toHaveValue(kind.value);

    // Sorted by the next step's date, earliest first.
    await page.getByRole("button", { name: "Nästa steg" }).click();
    await expect(page).toHaveURL(/sort=nextActionDue/);
    await expect(page).toHaveURL(new RegExp(`steg=${kind.value}`));
    await expect(page.getByRole("columnheader", { name: /Nästa steg/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(async () => {
      const texts = await Promise.all((await nextStepCells(page)).map((c) => c.textContent()));
      const dates = texts.flatMap((t) => t?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? []);
      expect(dates).toEqual([...dates].sort());
    }).toPass();

    // "Rensa filter" takes the filter away, and the URL with it.
    await page.getByRole("button", { name: "Rensa filter" }).click();
    await expect(page).not.toHaveURL(/steg=/);
    await expect(page.getByLabel("Nästa steg")).toHaveValue("");
    await expect(page.getByText("Inga filter valda.")).toBeVisible();
  });
});

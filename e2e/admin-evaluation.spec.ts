import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

const here = path.dirname(fileURLToPath(import.meta.url));
const COUNT = /^(\d{1,3}([\s\u00a0]\d{3})*|<\d+|\.\.)$/;

test.describe("evaluation console as Karin Ek (evaluator)", () => {
  test("1. goals: every goal by gender, trend with a table, projection, filters and threshold", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/");
    const goals = page.getByTestId("goal-table");
    await expect(goals.locator("tbody")).toHaveCount(4);
    await expect(goals.getByRole("rowheader", { name: /400 deltagare/ })).toBeVisible();
    const projection = page.getByTestId("projection-table");
    await expect(projection.getByRole("rowheader", { name: "Totalt" })).toBeVisible();
    await expect(projection.getByRole("rowheader", { name: "Kvinna" })).toBeVisible();
    await expect(page.getByRole("img", { name: /vid varje månadsslut/ })).toBeVisible();
    await page.getByText("Visa siffrorna som tabell").click();
    await expect(page.getByTestId("trend-table").getByRole("row").nth(1)).toBeVisible();
    await expectNoAxeViolations(page);

    // Filters by keyboard: municipality, then a stricter threshold.
    await page.getByLabel("Kommun").selectOption({ label: "Kalmar" });
    await page.getByLabel("Minsta antal som visas").fill("10");
    await page.getByLabel("Minsta antal som visas").press("Enter");
    await expect(page).toHaveURL(/kommun=0880/);
    await expect(page).toHaveURL(/grans=10/);
    await expect(page.getByTestId("applied-filters")).toContainText("Kalmar");
    await expect(page.getByText(/visas som <10/)).toBeVisible();

    // Predefined dimensions only: a whole quarter and a month end, both from lists.
    await page.getByLabel("Inskrivna under kvartal").selectOption("2025-Q3");
    await page.getByLabel("Uppgifter per månadsslut").selectOption("2025-12-31");
    await page.getByRole("button", { name: "Visa urval" }).click();
    await expect(page).toHaveURL(/kvartal=2025-Q3/);
    await expect(page).toHaveURL(/per=2025-12-31/);
    // The figures say which month end they stand on.
    await expect(page.locator("p.lead").first()).toContainText("2025");
    await expectNoAxeViolations(page);
  });

  test("2. flows: a chart with tables, split by obstacle and gender", async ({ page }) => {
    await login(page, "Karin Ek", "/admin/floden");
    await expect(page.getByRole("heading", { level: 1, name: "Flöden" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Flödet från målgrupp/ })).toBeVisible();
    const exits = page.getByTestId("flow-table-exits");
    await expect(exits.getByRole("columnheader", { name: "Kvinna" })).toBeVisible();
    await expect(exits.getByRole("rowheader", { name: "Pågående" })).toBeVisible();
    await expect(page.getByTestId("flows-as-of")).toContainText("månadsslut");
    await expect(
      page.getByTestId("flow-table-statusAtExit").getByRole("columnheader", { name: "Man" }),
    ).toBeVisible();
    await page.getByLabel("Dela upp efter").selectOption({ label: "Kön och Funktionsnedsättning" });
    await expect(page).toHaveURL(/dela=disability/);
    // Each stage as obstacle × gender with both margins.
    const enrolled = page.getByTestId("flow-stage-enrolled");
    await expect(enrolled.getByRole("rowheader", { name: "Ja" })).toBeVisible();
    await expect(enrolled.getByRole("columnheader", { name: "Kvinna" })).toBeVisible();
    const outcomes = page.getByTestId("flow-table-outcomes");
    await expect(outcomes.getByRole("rowheader", { name: "Arbete eller studier" })).toBeVisible();
    for (const cell of await outcomes.getByRole("cell").allTextContents())
      expect(cell.trim()).toMatch(COUNT);
    await expect(page.getByTestId("suppression-note")).toContainText("..");
    await expectNoAxeViolations(page);
  });

  test("3. success factors: descriptive rates with intervals", async ({ page }) => {
    await login(page, "Karin Ek", "/admin/framgangsfaktorer");
    await expect(page.getByRole("heading", { level: 1, name: "Framgångsfaktorer" })).toBeVisible();
    await expect(page.getByText("Beskrivande siffror.")).toBeVisible();
    const dose = page.getByTestId("factor-table-dose");
    await expect(dose.getByRole("rowheader", { name: "Under 50 timmar" })).toBeVisible();
    await expect(
      page
        .getByTestId("factor-table-methods")
        .getByRole("rowheader", { name: /Validering med intyg: Ja/ }),
    ).toBeVisible();
    await expect(page.getByRole("img", { name: /Efter närvarotimmar/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("4 and 5. comparison group: a bad file is refused with row and column, a good one is matched", async ({
    page,
  }) => {
    await login(page, "Karin Ek", "/admin/jamforelsegrupp");
    await page
      .getByLabel("Fil")
      .setInputFiles(path.join(here, "fixtures/comparison-group-invalid.csv"));
    await page.getByRole("button", { name: "Läs in fil" }).click();
    const errors = page.getByTestId("import-errors");
    // The same table by row and column as the participation import's.
    await expect(errors.getByRole("row", { name: /^4 gender / }).getByRole("cell")).toHaveText([
      "4",
      "gender",
      "Ange kön som woman, man eller nonBinary.",
    ]);

    await page.getByLabel("Fil").setInputFiles(path.join(here, "fixtures/comparison-group.csv"));
    await page.getByRole("button", { name: "Läs in fil" }).click();
    await expect(page.getByText("Filen är inläst: 400 personer.")).toBeVisible();

    await page.getByLabel("Närmaste granne på benägenhetspoäng").check();
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    const result = page.getByTestId("match-result");
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByTestId("balance-table").getByRole("rowheader", { name: "Ålder" }),
    ).toBeVisible();
    await expect(
      page.getByTestId("effect-table").getByRole("rowheader", { name: "Alla" }),
    ).toBeVisible();
    // The headline standard error is named: cluster-robust by pair after pair matching.
    await expect(page.getByTestId("standard-error-type")).toContainText(
      "klusterrobust per matchat par (HC1)",
    );

    await page.getByLabel("Grovt exakt matchning (CEM)").check();
    await expect(page.getByLabel("Gränser för ålder (år)")).toHaveValue("30 40 50");
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    await expect(page.getByTestId("effect-table")).toContainText("CEM");
    await expect(page.getByTestId("standard-error-type")).toContainText("(HC3)");

    // Exact matching on age and time registered keeps few participants: the screen says so.
    await page.getByLabel("Exakt matchning", { exact: true }).check();
    await page.getByRole("button", { name: "Matcha", exact: true }).click();
    await expect(page.getByTestId("effect-table")).toContainText("Exakt");
    await expect(page.getByTestId("match-warnings")).toContainText(
      /Alla: bara (\d+|färre än 5) av \d+ deltagare fick en matchning/,
    );
    await expectNoAxeViolations(page);
  });

  test("6. exports: anonymous participants, goals report, ESF+ table", async ({ page }) => {
    await login(page, "Karin Ek", "/admin/export");
    await expect(
      page.getByTestId("esf-table").getByRole("rowheader", { name: "Totalt antal deltagare" }),
    ).toBeVisible();
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ned deltagardata (CSV)" }).click();
    const file = await csv;
    expect(file.suggestedFilename()).toMatch(/^opis-deltagare-.*\.csv$/);
    const text = (await (await file.createReadStream()).toArray()).map(String).join("");
    expect(text).toContain("k = 5");
    const header = text.split("\n").find((l) => l.startsWith("gender,"));
    expect(header).toBeDefined();
    expect(header).not.toContain("pseudonym");
    expect(text).not.toMatch(/(?<!\d)\d{10}(\d{2})?(?!\d)/);

    const pdf = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ned rapport (PDF)" }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    const esf = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ned ESF+-tabell (Excel)" }).click();
    expect((await esf).suggestedFilename()).toMatch(/esf.*\.xlsx$/);
    await expect(page.getByTestId("export-status")).toContainText("är nedladdad");
    await expectNoAxeViolations(page);
  });
});

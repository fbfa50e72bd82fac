import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

const HEADER =
  "personalIdentityNumber;givenName;familyName;gender;municipalityCode;site;officerEmail;startDate;monthsRegisteredAtAf;birthRegion;educationLevel;disability;exitDate;exitReason;exitStatus;outcome90;outcome90Date";
const OFFICER = "anna.lindqvist@example.af.se";
// Skatteverket's test personal identity numbers only.
const ROWS = [
  `198804152380;Test;Kvinnasson;woman;0680;;${OFFICER};2025-03-03;30;outsideEurope;2;no;2025-09-01;completed;employed;unsubsidisedWork;2025-12-01`,
  `198805192393;Test;Mansson;man;0880;0880;${OFFICER};2025-04-07;26;unknown;unknown;unknown;;;;;`,
  `199003282382;Test;Andersdotter;woman;0883;;${OFFICER};2025-05-05;40;sweden;3;yes;2025-08-29;droppedOutWork;employed;;`,
];
const csv = (rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`, "utf8");

test.describe("admin console: historical import", () => {
  test("a broken file is previewed with every error by row and column; the fixed file is imported and undone", async ({
    page,
  }) => {
    await login(page, "Lars Nyström", "/admin/");
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("link", { name: "Import" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Importera deltaganden" }),
    ).toBeVisible();

    // Broken: a wrong check digit (row 2) and an exit before the start (row 4).
    const broken = [
      ROWS[0]!.replace("198804152380", "198804152381"),
      ROWS[1]!,
      ROWS[2]!.replace("2025-08-29", "2025-05-01"),
    ];
    await page
      .getByLabel("Fil med deltaganden")
      .setInputFiles({ name: "deltagare.csv", mimeType: "text/csv", buffer: csv(broken) });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const errors = page.getByTestId("import-errors");
    await expect(errors.getByRole("heading")).toHaveText("Filen importerades inte: 2 fel");
    const rows = errors.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole("cell")).toHaveText([
      "2",
      "personalIdentityNumber",
      /sista siffran stämmer inte/,
    ]);
    await expect(rows.nth(1).getByRole("cell")).toHaveText([
      "4",
      "exitDate",
      /från och med startdatumet/,
    ]);
    await expect(page.getByRole("button", { name: /^Importera/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Fixed: previewed, then imported.
    await page
      .getByLabel("Fil med deltaganden")
      .setInputFiles({ name: "deltagare.csv", mimeType: "text/csv", buffer: csv(ROWS) });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(page.getByTestId("import-preview")).toContainText(
      "3 rader, 3 nya deltaganden, 0 finns redan",
    );
    await page.getByRole("button", { name: "Importera 3 deltaganden" }).click();
    await expect(page.getByTestId("import-done")).toContainText("3 deltaganden tillagda");
    const list = page.getByTestId("import-list");
    await expect(list.getByRole("row").nth(1)).toContainText("deltagare.csv");
    await expect(list.getByRole("row").nth(1)).toContainText("Lars Nyström");
    await expectNoAxeViolations(page);

    // The same file again adds nothing.
    await page
      .getByLabel("Fil med deltaganden")
      .setInputFiles({ name: "deltagare.csv", mimeType: "text/csv", buffer: csv(ROWS) });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(page.getByTestId("import-preview")).toContainText(
      "0 nya deltaganden, 3 finns redan",
    );

    // Undo, after confirming.
    page.once("dialog", (dialog) => void dialog.accept());
    await list.getByRole("button", { name: "Ångra importen av deltagare.csv" }).click();
    await expect(list.getByRole("row").nth(1)).toContainText("Ångrad");
  });

  test("data out: the managing authority's participant file and the whole project, downloaded", async ({
    page,
  }) => {
    await login(page, "Lars Nyström", "/admin/");
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("link", { name: "Data ut" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Data ut" })).toBeVisible();
    await expectNoAxeViolations(page);

    const month = page.getByLabel("Månad");
    await month.fill("2026-13");
    await page.getByRole("button", { name: "Hämta deltagarfil (CSV)" }).click();
    await expect(page.getByText("Skriv månaden som ÅÅÅÅ-MM.")).toBeVisible();

    await month.fill("2026-06");
    const [csvFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Hämta deltagarfil (CSV)" }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe("opis-deltagarfil-opis-2026-06.csv");
    const [zipFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Hämta projektdata (CSV i zip)" }).click(),
    ]);
    expect(zipFile.suggestedFilename()).toBe("opis-projektdata-opis.zip");
    await expectNoAxeViolations(page);
  });
});

import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** Women born February 2005 that no other spec and not the seed use. */
const EXTRACT_WOMEN = [
  "200502202385",
  "200502222383",
  "200502242381",
  "200502262389",
  "200502282387",
];

test("the administrator downloads a person's register extract and corrects the name with history", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // An officer registers the person (through the API, as the staff app does).
  const officerContext = await browser.newContext({ baseURL, locale: "sv-SE" });
  const officer = await officerContext.newPage();
  await login(officer, "Erik Johansson", "/staff/");
  let pin = "";
  for (const candidate of [...EXTRACT_WOMEN].sort(() => Math.random() - 0.5)) {
    const response = await officer.request.post("/trpc/intake.start", {
      data: { personalIdentityNumber: candidate, givenName: "Ebba", familyName: "Utdragsson" },
      headers: { "x-opis-csrf": "1" },
    });
    if (response.ok()) {
      pin = candidate;
      break;
    }
  }
  expect(pin, "a free test personal number").not.toBe("");
  await officerContext.close();

  await login(page, "Lars Nyström", "/admin/");
  await page
    .getByRole("navigation", { name: "Huvudmeny" })
    .getByRole("link", { name: "Administration" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Registerutdrag" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Registerutdrag och rättelse" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // An unknown number is said plainly.
  await page.getByLabel("Personnummer eller samordningsnummer").fill("198001139297");
  await page.getByRole("button", { name: "Sök person" }).click();
  await expect(page.locator(".error-summary")).toContainText(
    "Det finns ingen person med det numret",
  );

  await page.getByLabel("Personnummer eller samordningsnummer").fill(pin);
  await page.getByRole("button", { name: "Sök person" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ebba Utdragsson" })).toBeVisible();
  // The number is never in the address (it would land in proxy and access logs).
  expect(page.url()).not.toContain(pin);
  await expectNoAxeViolations(page);

  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ladda ner utdrag (JSON)" }).click();
  const json = await jsonDownload;
  const extract = JSON.parse(await readFile((await json.path()) ?? "", "utf8"));
  expect(extract.person.personalIdentityNumber).toBe(pin);
  const actions = extract.accessLog.map((row: { action: string }) => row.action);
  expect(actions).toContain("intake.start");
  expect(actions.at(-1)).toBe("person.extract");
  await expect(page.getByTestId("gdpr-status")).toContainText("Klart");

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ladda ner utdrag (PDF)" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^registerutdrag-.*\.pdf$/);
  expect((await readFile((await pdf.path()) ?? "")).subarray(0, 5).toString("latin1")).toBe(
    "%PDF-",
  );

  // A correction without a reason names the field; with one, the history keeps the old name.
  await page.getByLabel("Nytt efternamn").fill("Rättadsson");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv skälet till rättelsen");
  await page.getByLabel("Skäl till rättelsen").fill("Felstavat vid registreringen");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ebba Rättadsson" })).toBeVisible();
  const history = page.getByTestId("gdpr-history");
  await expect(history).toContainText("Utdragsson");
  await expect(history).toContainText("Rättadsson");
  await expect(history).toContainText("Felstavat vid registreringen");
  await expectNoAxeViolations(page);
});

test("the evaluator has no register-extract screen", async ({ page }) => {
  await login(page, "Karin Ek", "/admin/");
  await expect(
    page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Registerutdrag" }),
  ).toHaveCount(0);
  await page.goto("/admin/administration/registerutdrag");
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";
import { daysAgo } from "./support/test-people";

/** Women born February 2005 that neither the seed nor the other specs use. */
const CONSENT_WOMEN = [
  "200502022387",
  "200502042385",
  "200502062383",
  "200502102387",
  "200502122385",
  "200502142383",
  "200502162381",
  "200502182389",
];

async function registerFreshPerson(page: Page, givenName: string, familyName: string) {
  await page.goto("/staff/intag");
  for (const candidate of [...CONSENT_WOMEN].sort(() => Math.random() - 0.5)) {
    await page.getByLabel("Personnummer eller samordningsnummer").fill(candidate);
    await page.getByRole("button", { name: "Sök person" }).click();
    const fresh = page.getByRole("heading", { name: "Personen finns inte i OPIS" });
    const known = page.getByRole("heading", { name: "Personen finns i OPIS" });
    await expect(fresh.or(known)).toBeVisible();
    if (await fresh.isVisible()) {
      await page.getByLabel("Förnamn").fill(givenName);
      await page.getByLabel("Efternamn").fill(familyName);
      await page.getByRole("button", { name: "Registrera och starta inskrivning" }).click();
      return;
    }
  }
  throw new Error("no free test personal number left for the consent spec");
}

async function fillEligibleFacts(page: Page) {
  await page.getByLabel("Folkbokföringskommun").selectOption("0880");
  await page.getByRole("radio", { name: "Sverige", exact: true }).check();
  await page.getByLabel("Högsta utbildningsnivå").selectOption("4");
  await page.getByLabel("Språknivå i svenska").selectOption("6");
  await page
    .getByRole("group", { name: /funktionsnedsättning/ })
    .getByRole("radio", { name: "Nej" })
    .check();
  await page.getByLabel("Inskrivningstid på Arbetsförmedlingen").fill("30");
  await page
    .getByRole("group", { name: /Har tidigare insatser prövats/ })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page
    .getByRole("group", { name: /arbetsmarknadspolitisk bedömning/ })
    .getByRole("radio", { name: "Ja" })
    .check();
  await page.getByLabel("Datum för bedömningen").fill(daysAgo(30));
  await page.getByLabel("Arbetsutbud").fill("100");
  await page
    .getByRole("group", { name: /delta på plats/ })
    .getByRole("radio", { name: "Ja" })
    .check();
  await expect(page.getByTestId("eligibility-outcome")).toContainText("Tillhör målgruppen");
}

test("consent is recorded at intake; its withdrawal ends the municipality's access at once", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await login(page, "Erik Johansson", "/staff/");
  await registerFreshPerson(page, "Sara", "Samtycke");
  await expect(
    page.getByRole("heading", { level: 1, name: "Inskrivning: Sara Samtycke" }),
  ).toBeVisible();
  await fillEligibleFacts(page);

  // Enrolling without the participant's answers is refused, naming each question.
  await page.getByRole("radio", { name: "Skriv in i projektet" }).check();
  await page.getByLabel("Kommunal koordinator").selectOption({ label: "Maria Svensson" });
  await page.getByRole("button", { name: "Skriv in deltagaren" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
  await expect(summary).toContainText(
    "Bekräfta att deltagaren har fått den aktuella informationen om personuppgifter",
  );
  await expect(summary).toContainText(
    "Ange om deltagaren samtycker till att Arbetsförmedlingen och kommunen delar uppgifter",
  );
  await expectNoAxeViolations(page);

  await page
    .getByLabel(/Deltagaren har fått informationen om behandling av personuppgifter/)
    .check();
  await page.getByRole("radio", { name: "Ja, samtycker" }).check();
  await page.getByRole("radio", { name: "Registreras inte" }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skriv in deltagaren" }).click();
  await page
    .getByRole("dialog", { name: "Skriva in Sara Samtycke?" })
    .getByRole("button", { name: "Skriv in" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Sara Samtycke är inskriven i OPIS" }),
  ).toBeVisible();

  // The participant page shows what was recorded and on what legal basis.
  await page.goto("/staff/deltagare");
  await page.getByLabel("Sök på namn eller personnummer").fill("Samtycke");
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  await page.getByRole("link", { name: "Samtycke, Sara" }).first().click();
  await expect(page).toHaveURL(/\/staff\/deltagare\/[0-9a-f-]{36}$/);
  const enrolmentId = page.url().split("/").pop() ?? "";
  const panel = page.getByTestId("consent-panel");
  await expect(panel).toContainText("Samtycke till delning givet");
  await expect(panel).toContainText("Kommunen har tillgång till deltagarens uppgifter.");
  await expect(panel).toContainText("Samtycke (art. 6.1 a)");
  await expectNoAxeViolations(page);

  // The coordinator reaches the participant.
  const kommunContext = await browser.newContext({ baseURL, locale: "sv-SE" });
  const kommun = await kommunContext.newPage();
  await login(kommun, "Maria Svensson", "/kommun/");
  await kommun.goto(`/kommun/deltagare/${enrolmentId}`);
  await expect(kommun.getByRole("heading", { level: 1, name: /Sara Samtycke/ })).toBeVisible();

  // The participant tells the officer she withdraws her consent.
  await panel.getByRole("button", { name: "Återkalla samtycket" }).click();
  const dialog = page.getByRole("dialog", { name: "Återkalla samtycket till delning?" });
  await expect(dialog).toContainText("Kommunen förlorar direkt tillgången");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Återkalla samtycket" }).click();
  await expect(panel).toContainText("Samtycket återkallat");
  await expect(panel).toContainText("Kommunen har inte tillgång till deltagaren");
  await expect(panel.getByRole("button", { name: "Återkalla samtycket" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // At once: the coordinator's next request finds nothing, and the list says why.
  await kommun.reload();
  await expect(kommun.getByRole("heading", { level: 1, name: /Sara Samtycke/ })).toHaveCount(0);
  await expect(kommun.getByText(/finns inte|inte tillgång/).first()).toBeVisible();
  await kommun.goto("/kommun/");
  await expect(kommun.getByTestId("withheld-notice")).toContainText(
    "har nekat eller återkallat samtycket",
  );
  await expect(kommun.getByText("Samtycke, Sara")).toHaveCount(0);
  await expectNoAxeViolations(kommun);
  await kommunContext.close();
});

test("the user's own logins are listed and another one can be ended", async ({
  page,
  browser,
  baseURL,
}) => {
  const otherContext = await browser.newContext({ baseURL, locale: "sv-SE" });
  const other = await otherContext.newPage();
  await login(other, "Johan Berg", "/kommun/");
  await login(page, "Johan Berg", "/kommun/");
  await page.getByRole("link", { name: "Mina inloggningar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina inloggningar" })).toBeVisible();
  const table = page.getByTestId("sessions-table");
  await expect(table.getByRole("row").filter({ hasText: "den här" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Avsluta alla andra inloggningar" }).click();
  const dialog = page.getByRole("dialog", { name: "Avsluta alla andra inloggningar?" });
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Avsluta alla andra inloggningar" }).click();
  await expect(page.getByText("Du är inte inloggad någon annanstans.")).toBeVisible();
  // The other browser's session is over.
  const me = await other.request.get("/trpc/auth.me");
  expect(me.status()).toBe(401);
  await otherContext.close();
});

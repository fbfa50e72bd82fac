import { generateDemoData } from "@opis/demo";
import { expect, test } from "@playwright/test";
import { E2E_SEED } from "../playwright.config";
import { expectNoAxeViolations } from "./support/axe";
import { retype, tabTo } from "./support/keyboard";
import { login } from "./support/login";
import { daysAgo, pickTestPerson } from "./support/test-people";

test.describe("staff app", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "Erik Johansson", "/staff/");
  });

  test("shows the start page to the officer, without axe violations", async ({ page }) => {
    await expect(
      page.getByRole("heading", { level: 1, name: "Välkommen, Erik Johansson" }),
    ).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("arbetsförmedlare");
    // The app names its icon, and neither it nor the habitual /favicon.ico is a 404.
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    for (const path of [icon ?? "", "/favicon.ico"]) {
      expect((await page.request.get(path)).status(), path).toBe(200);
    }
    await expectNoAxeViolations(page);
  });

  test("a session that ends while the app is open offers a working login link", async ({
    page,
  }) => {
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Mina deltagare" })
      .click();
    await expect(page.getByText(/^Visar \d/)).toBeVisible();
    // The session ends (expired, or logged out elsewhere); the next search is refused.
    await page.context().clearCookies();
    await page.getByLabel("Sök på namn").fill("Abbas");
    await page.keyboard.press("Enter");
    const notice = page.getByRole("alert").filter({ hasText: "Du är inte inloggad längre" });
    await expect(notice).toBeVisible();
    await expectNoAxeViolations(page);
    await notice.getByRole("link", { name: "Logga in" }).click();
    await expect(page.getByRole("button", { name: "Logga in som Erik Johansson" })).toBeVisible();
  });

  test("a look-up names a returning person's earlier participation", async ({ page }) => {
    // A person of the seeded data whose participation at the Kalmar office has ended.
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const demo = generateDemoData({ ...E2E_SEED, today });
    const ended = demo.enrolments.find(
      (e) =>
        e.office === "Kalmar" &&
        e.status === "exited" &&
        !demo.enrolments.some((o) => o.personId === e.personId && o.status === "active"),
    );
    const exit = demo.exits.find((x) => x.enrolmentId === ended?.id);
    const person = demo.people.find((p) => p.id === ended?.personId);
    if (!ended || !exit || !person) throw new Error("no ended Kalmar participation in the seed");

    await page.goto("/staff/intag");
    await page
      .getByLabel("Personnummer eller samordningsnummer")
      .fill(person.personalIdentityNumber);
    await page.getByRole("button", { name: "Sök person" }).click();
    const earlier = page.getByRole("region", { name: "Tidigare deltagande i projektet" });
    await expect(earlier).toBeVisible();
    await expect(earlier).toContainText(
      `${ended.startDate} – ${exit.exitDate}, status vid avslut:`,
    );
    await expectNoAxeViolations(page);
  });

  test("lists the officer's participants", async ({ page }) => {
    await page.goto("/staff/deltagare");
    await expect(page.getByRole("heading", { level: 1, name: "Mina deltagare" })).toBeVisible();
    await expect(page.getByText(/^Visar \d/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an invalid personal number is explained in the error summary, which takes focus", async ({
    page,
  }) => {
    await page.goto("/staff/intag");
    const pin = page.getByLabel("Personnummer eller samordningsnummer");
    await tabTo(page, pin);
    await page.keyboard.type("12345");
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: "Ange ett personnummer med 10 eller 12 siffror" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("takes an eligible person through intake to enrolment by keyboard alone", async ({
    page,
  }) => {
    // Some 150 key presses, each awaited: on a loaded two-core machine this takes minutes.
    test.setTimeout(180_000);
    const pinNumber = pickTestPerson();

    // From the start page to the intake, through the main menu.
    await tabTo(
      page,
      page
        .getByRole("navigation", { name: "Huvudmeny" })
        .getByRole("link", { name: "Ny inskrivning" }),
    );
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/intag$/);
    await expect(page.getByRole("heading", { level: 1, name: "Ny inskrivning" })).toBeVisible();

    // The personal number, checked as it is typed.
    await tabTo(page, page.getByLabel("Personnummer eller samordningsnummer"));
    await page.keyboard.type(pinNumber);
    await expect(page.getByText(/Giltigt personnummer, född 2005-/)).toBeVisible();
    await page.keyboard.press("Enter");

    // New to OPIS: register the name.
    await expect(page.getByRole("heading", { name: "Personen finns inte i OPIS" })).toBeVisible();
    await tabTo(page, page.getByLabel("Förnamn"));
    await page.keyboard.type("Tangent");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Testsson");
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/staff\/intag\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Inskrivning: Tangent Testsson" }),
    ).toBeVisible();
    await expect(page.getByText(`${pinNumber.slice(0, 8)}-••••`)).toBeVisible();
    const outcome = page.getByTestId("eligibility-outcome");
    await expect(outcome).toContainText("saknas");

    // The facts. Gender and birth date come from the personal number.
    await expect(page.getByRole("radio", { name: "Kvinna" })).toBeChecked();
    const municipality = page.getByLabel("Folkbokföringskommun");
    await tabTo(page, municipality);
    await page.keyboard.type("Kalmar");
    await expect(municipality).toHaveValue("0880");

    await tabTo(page, page.getByRole("radio", { name: "Sverige", exact: true }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("radio", { name: "Sverige", exact: true })).toBeChecked();

    const education = page.getByLabel("Högsta utbildningsnivå");
    await tabTo(page, education);
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await expect(education).toHaveValue("4");

    const language = page.getByLabel("Språknivå i svenska");
    await tabTo(page, language);
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
    await expect(language).toHaveValue("6");

    const disability = page.getByRole("group", { name: /funktionsnedsättning/ });
    await tabTo(page, disability.getByRole("radio", { name: "Ja" }));
    await page.keyboard.press("ArrowRight");
    await expect(disability.getByRole("radio", { name: "Nej" })).toBeChecked();

    const months = page.getByLabel("Inskrivningstid på Arbetsförmedlingen");
    await tabTo(page, months);
    await page.keyboard.type("30");

    const support = page.getByRole("group", { name: /Har tidigare insatser prövats/ });
    await tabTo(page, support.getByRole("radio", { name: "Ja" }));
    await page.keyboard.press("Space");

    const assessment = page.getByRole("group", { name: /arbetsmarknadspolitisk bedömning/ });
    await tabTo(page, assessment.getByRole("radio", { name: "Ja" }));
    // A draft keeps "Ja" though its date is not filled in yet (issue 14).
    const savedJa = page.waitForResponse((r) => r.url().includes("intake.saveDraft"));
    await page.keyboard.press("Space");
    await savedJa;
    await page.reload();
    await expect(assessment.getByRole("radio", { name: "Ja" })).toBeChecked();
    await expect(months).toHaveValue("30");
    await tabTo(page, page.getByLabel("Datum för bedömningen"));
    await page.keyboard.type(daysAgo(30));

    await tabTo(page, page.getByLabel("Arbetsutbud"));
    await page.keyboard.type("100");

    const onSite = page.getByRole("group", { name: /delta på plats/ });
    await tabTo(page, onSite.getByRole("radio", { name: "Ja" }));
    await page.keyboard.press("Space");

    // Everything is met: in the target group.
    await expect(outcome).toContainText("Tillhör målgruppen");
    const registeredRule = page.locator('[data-rule="registered24Months"]');
    await expect(registeredRule).toContainText("Uppfyllt");

    // Under 24 months: the primary rule fails, an exception is possible.
    await tabTo(page, months, { backwards: true });
    await retype(page, "18");
    await expect(outcome).toContainText("Kan skrivas in som undantag");
    await expect(registeredRule).toContainText("Undantag möjligt");
    await expect(registeredRule).toContainText("Inskriven i 18 månader, kortare än 24 månader.");

    // Back to 30 months.
    await retype(page, "30");
    await expect(outcome).toContainText("Tillhör målgruppen");
    await expect(
      page.getByRole("status").filter({ hasText: /^Sparat \d{2}:\d{2}$/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // The decision: enrol in Kalmar, which the Kalmar office serves, with the coordinator.
    await tabTo(page, page.getByRole("radio", { name: "Skriv in i projektet" }));
    // The decision, too, survives a reload of the draft.
    const savedDecision = page.waitForResponse((r) => r.url().includes("intake.saveDraft"));
    await page.keyboard.press("Space");
    await savedDecision;
    await page.reload();
    await expect(page.getByRole("radio", { name: "Skriv in i projektet" })).toBeChecked();
    await expect(page.getByLabel("Kommun för deltagandet")).toHaveValue("0880");
    const coordinator = page.getByLabel("Kommunal koordinator");
    await expect(coordinator.locator("option", { hasText: "Maria Svensson" })).toHaveCount(1);
    await tabTo(page, coordinator);
    // Type-ahead picks the option by its name, as a keyboard user would.
    await page.keyboard.type("Maria");
    await expect(coordinator.locator("option:checked")).toHaveText("Maria Svensson");

    // Information and consent, asked with the participant present.
    await tabTo(page, page.getByLabel(/Deltagaren har fått informationen/));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("radio", { name: "Ja, samtycker" }));
    await page.keyboard.press("Space");
    // Tab enters a radio group at its first option; the arrow keys choose within it.
    await tabTo(page, page.getByRole("radio", { name: /samtycker uttryckligen/ }));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Registreras inte" })).toBeChecked();

    await tabTo(page, page.getByRole("button", { name: "Skriv in deltagaren" }));
    await page.keyboard.press("Enter");

    const dialog = page.getByRole("dialog", { name: "Skriva in Tangent Testsson?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("i Kalmar");
    await expect(dialog.getByRole("button", { name: "Skriv in" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");

    await expect(
      page.getByRole("heading", { level: 1, name: "Tangent Testsson är inskriven i OPIS" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // The confirmation links to the new participant's page.
    const toParticipant = page.getByRole("link", { name: "Gå till deltagarens sida" });
    await expect(toParticipant).toHaveAttribute("href", /\/staff\/deltagare\/[0-9a-f-]{36}$/);

    // The new participant is in the officer's list.
    await tabTo(page, page.getByRole("link", { name: "Gå till Mina deltagare" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/deltagare/);
    await tabTo(page, page.getByLabel("Sök på namn"));
    await page.keyboard.type("Testsson");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("rowheader", { name: "Testsson, Tangent" })).toBeVisible();

    // Browser back returns to the intake's own URL.
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/staff\/intag\/[0-9a-f-]{36}$/);
  });
});

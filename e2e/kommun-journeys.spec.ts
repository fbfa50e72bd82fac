import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectWeekSavedGivingReasonIfAsked } from "./support/correction-reason";
import { tabTo } from "./support/keyboard";
import { login } from "./support/login";

interface ListedParticipant {
  enrolmentId: string;
  givenName: string;
  familyName: string;
}

/** The logged-in coordinator's active participants, straight from the API (GET needs no CSRF header). */
async function ownParticipants(page: Page): Promise<ListedParticipant[]> {
  const input = encodeURIComponent(JSON.stringify({ status: "active", pageSize: 20 }));
  const response = await page.request.get(`/trpc/participants.list?input=${input}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { result: { data: { items: ListedParticipant[] } } };
  return body.result.data.items;
}

const unique = () => Math.random().toString(36).slice(2, 7);

test.describe("kommun portal journeys", () => {
  test("a week of attendance by keyboard: fill a normal week, one absence, save, reload", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    await page.goto("/kommun/narvaro/2026-11-18");
    await expect(page.getByRole("heading", { level: 1, name: "Närvaro vecka 47" })).toBeVisible();
    await expect(page.getByText("Måndag 2026-11-16 till fredag 2026-11-20.")).toBeVisible();
    const grid = page.locator("table.attendance-grid");
    await expect(grid.locator("tbody tr").first()).toBeVisible();
    await expectNoAxeViolations(page);

    const started = Date.now();
    const fill = page.getByRole("button", { name: "Fyll i normal vecka" });
    await tabTo(page, fill);
    await page.keyboard.press("Enter");
    await expect(
      page.getByText(/Planerad tid är ifylld i \d+ rutor|Alla rutor var redan ifyllda/),
    ).toBeVisible();
    // Every day within a participation now has hours.
    const inputs = grid.locator("input.attendance-grid__input");
    const values = await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => v === "")).toEqual([]);

    // One tab stop into the grid, then arrow keys to the second participant's Wednesday.
    await page.keyboard.press("Tab");
    await expect(grid.locator("input:focus")).toHaveCount(1);
    const rows = await grid.locator("tbody tr").count();
    if (rows > 1) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const cellId = await page.evaluate(() => document.activeElement?.id ?? "");
    expect(cellId).toMatch(/^att-\d+-\d$/);
    await page.keyboard.type("1,5");
    const reason = page.locator(`#${cellId}-reason`);
    await expect(reason).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(reason).toBeFocused();
    await page.keyboard.press("v");
    await expect(reason).toHaveValue("childCare");
    await page.keyboard.press("Shift+Tab");
    await expect(page.locator(`#${cellId}`)).toBeFocused();
    await page.keyboard.press("Enter");
    await expectWeekSavedGivingReasonIfAsked(page);
    console.log(
      `attendance week 47, ${rows} participants: fill + one exception + save in ${Date.now() - started} ms`,
    );
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator(`#${cellId}`)).toHaveValue("1,5");
    await expect(page.locator(`#${cellId}-reason`)).toHaveValue("childCare");
  });

  test("a short day without a reason is refused with an error summary that links to the cell", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    await page.goto("/kommun/narvaro/2026-11-16");
    const grid = page.locator("table.attendance-grid");
    const first = grid.locator('input[tabindex="0"]');
    const id = await first.getAttribute("id");
    await first.fill("2");
    await page.locator(`#${id}-reason`).selectOption("");
    await page.getByRole("button", { name: "Spara veckan" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /Välj orsak till frånvaron/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a normal week for every participant is one action and one save", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    await page.goto("/kommun/narvaro");
    const grid = page.locator("table.attendance-grid");
    await expect(grid.locator("tbody tr").first()).toBeVisible();
    const started = Date.now();
    await page.getByRole("button", { name: "Fyll i normal vecka" }).click();
    await page.getByRole("button", { name: "Spara veckan" }).click();
    await expect(page.getByText(/^Sparat \d\d:\d\d$|^Inga ändringar att spara\.$/)).toBeVisible();
    const rows = await grid.locator("tbody tr").count();
    console.log(
      `attendance this week, ${rows} participants: fill + save in ${Date.now() - started} ms`,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(page.getByTestId("week-rate")).not.toHaveText("–");
  });

  test("a step assessment and the progression chart", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const [participant] = await ownParticipants(page);
    if (!participant) throw new Error("Maria has no participants");
    await page.goto(`/kommun/deltagare/${participant.enrolmentId}/bedomningar`);
    await expect(
      page.getByRole("heading", { level: 2, name: "Bedömningar och stegförflyttning" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Gör en bedömning" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Ny bedömning" })).toBeVisible();
    await page.getByLabel("Hur nära arbete").check();
    await page.getByRole("group", { name: "Tillfälle" }).getByLabel("Under deltagandet").check();
    await page
      .getByRole("group", { name: "Hur nära arbete känner du dig?" })
      .getByLabel("7", { exact: true })
      .check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Spara bedömningen" }).click();
    await expect(page.getByText("Bedömningen är sparad.")).toBeVisible();
    const table = page.getByRole("table", { name: "Hur nära arbete: alla bedömningar" });
    await expect(table.getByRole("row").last()).toContainText("7");
    await expect(page.getByRole("img", { name: /Hur nära arbete över tid/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // The life wheel: every area must be rated.
    await page.getByRole("link", { name: "Gör en bedömning" }).click();
    await page.getByLabel("Livshjul").check();
    await page.getByRole("button", { name: "Spara bedömningen" }).click();
    await expect(page.getByRole("link", { name: "Välj ett värde för Hälsa" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an internship with a new employer from the register, with a contact log entry", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const employer = `Testbageriet ${unique()} AB`;
    await page.getByRole("link", { name: "Arbetsgivare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Arbetsgivare" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Lägg till arbetsgivare" }).click();
    await page.getByRole("button", { name: "Lägg till i registret" }).click();
    await expect(page.getByRole("link", { name: "Ange arbetsgivarens namn" })).toBeVisible();
    await page.getByLabel("Namn").fill(employer);
    await page.getByLabel(/Organisationsnummer/).fill("556677-8899");
    await page.getByLabel(/Bransch/).fill("Livsmedel");
    await page.getByLabel(/Kontaktperson/).fill("Eva Bagare");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Lägg till i registret" }).click();
    await expect(page.getByRole("heading", { level: 1, name: employer })).toBeVisible();

    await page.getByLabel("Hur").selectOption("visit");
    await page.getByLabel("Vad handlade kontakten om?").fill("Besök om praktikplats i bageriet.");
    await page.getByRole("button", { name: "Spara kontakten" }).click();
    const log = page.getByRole("table", { name: "Kontaktlogg" });
    await expect(log).toContainText("Besök om praktikplats i bageriet.");
    await expect(log).toContainText("Maria Svensson");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Arbetsgivare", exact: true }).first().click();
    await page.getByLabel("Sök på namn").fill(employer);
    await page.getByRole("button", { name: "Sök" }).click();
    await expect(page.getByRole("link", { name: employer })).toBeVisible();

    const [, participant] = await ownParticipants(page);
    if (!participant) throw new Error("Maria has too few participants");
    await page.goto(`/kommun/deltagare/${participant.enrolmentId}/insatser`);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Registrera insats" }).click();
    await page.getByLabel("Typ av insats").selectOption("internship");
    await page.getByLabel("Namn på insatsen").fill("Praktik i bageri");
    await page.getByLabel("Arbetsgivare").selectOption({ label: employer });
    await page.getByLabel("Timmar per vecka").fill("20");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Registrera insatsen" }).click();
    await expect(page.getByText("Insatsen ”Praktik i bageri” är sparad.")).toBeVisible();
    const row = page.getByRole("row", { name: /Praktik i bageri/ });
    await expect(row).toContainText(employer);

    // Validation: the module is required, the certificate recorded.
    await page.getByRole("link", { name: "Registrera insats" }).click();
    await page.getByLabel("Typ av insats").selectOption("validation");
    await page.getByLabel("Namn på insatsen").fill("Validering lager");
    await page.getByLabel("Timmar per vecka").fill("7,5");
    await page.getByRole("button", { name: "Registrera insatsen" }).click();
    await expect(
      page.getByRole("link", { name: "Ange vilken valideringsmodul det gäller" }),
    ).toBeVisible();
    await page.getByLabel("Valideringsmodul").fill("OCN Lager 1");
    await page.getByRole("group", { name: "Har ett intyg utfärdats?" }).getByLabel("Ja").check();
    await page.getByRole("button", { name: "Registrera insatsen" }).click();
    await expect(page.getByRole("row", { name: /Validering lager/ })).toContainText(
      "OCN Lager 1: intyg utfärdat",
    );
  });

  test("a request for resource for a described group", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const what = `Yrkessvenska för vård ${unique()}`;
    await page.getByRole("link", { name: "Förfrågningar" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Förfrågningar om resurs" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Skapa förfrågan" }).click();
    await page.getByRole("button", { name: "Skicka förfrågan" }).click();
    await expect(page.getByRole("link", { name: "Välj typ av insats" })).toBeVisible();
    await page.getByLabel("Typ av insats").selectOption("languageTraining");
    await page.getByLabel("Vad behövs?").fill(what);
    await page.getByLabel(/Hur många timmar/).fill("40");
    await page.getByLabel("En grupp deltagare").check();
    await page
      .getByLabel("Beskriv gruppen")
      .fill("Fem deltagare med låg svenska som vill arbeta i vården.");
    await page
      .getByLabel("Varför behövs insatsen?")
      .fill("Språket är hindret för undersköterskejobb.");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Skicka förfrågan" }).click();
    await expect(page.getByText("Förfrågan är skickad till Arbetsförmedlingen.")).toBeVisible();
    await expect(page.getByText("Skickad", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Förfrågningar om resurs" }).click();
    await page.getByLabel("Status").selectOption("submitted");
    await expect(page.getByRole("link", { name: what })).toBeVisible();
  });

  test("a handover to the officer", async ({ page }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const participants = await ownParticipants(page);
    const participant = participants[2] ?? participants[0];
    if (!participant) throw new Error("Maria has no participants");
    await page.goto("/kommun/");
    await page
      .getByRole("link", { name: `${participant.familyName}, ${participant.givenName}` })
      .click();
    await expect(page.getByRole("navigation", { name: "Du är här" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Gemensam plan" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Gemensam plan" })).toBeVisible();
    await expect(page.getByText("Hämtar …")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /^Meddelanden/ }).click();
    const text = `Deltagaren har börjat praktik, ${unique()}.`;
    await page.getByLabel("Överlämning till Arbetsförmedlingen").check();
    await page.getByLabel("Text").fill(text);
    await page.getByRole("button", { name: "Skicka överlämning" }).click();
    await expect(page.getByTestId("notes-list")).toContainText(text);
    await expectNoAxeViolations(page);
  });

  test("Maria cannot open a Västervik participant's page", async ({ page, browser }) => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await login(otherPage, "Johan Berg", "/kommun/");
    const [foreign] = await ownParticipants(otherPage);
    await other.close();
    if (!foreign) throw new Error("Johan has no participants");

    await login(page, "Maria Svensson", "/kommun/");
    await page.goto(`/kommun/deltagare/${foreign.enrolmentId}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Deltagaren finns inte" }),
    ).toBeVisible();
    await expect(page.getByText(foreign.familyName)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto(`/kommun/deltagare/${foreign.enrolmentId}/insatser`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Deltagaren finns inte" }),
    ).toBeVisible();
  });
});

import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** Unique per run, so the journey can run again on a server that is reused. */
const RUN = Date.now().toString(36).slice(-5);
const COORDINATOR = { name: `Sara Holm ${RUN}`, email: `sara.holm.${RUN}@example.vastervik.se` };
const OFFICER = { name: `Nils Nyberg ${RUN}`, email: `nils.nyberg.${RUN}@example.af.se` };

async function openUsers(page: Page) {
  await login(page, "Lars Nyström", "/admin/");
  await page.getByRole("link", { name: "Administration" }).click();
  await page.getByRole("link", { name: "Användare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
}

async function createUser(
  page: Page,
  user: { name: string; email: string },
  role: string,
  scope: { office?: string; municipality?: string },
) {
  const form = page.getByRole("form", { name: "Lägg upp användare" });
  await form.getByLabel("Namn").fill(user.name);
  await form.getByLabel("E-post").fill(user.email);
  await form.getByLabel("Roll").selectOption({ label: role });
  if (scope.office) await form.getByLabel(/^Kontor/).selectOption({ label: scope.office });
  if (scope.municipality)
    await form.getByLabel(/^Kommun/).selectOption({ label: scope.municipality });
  await form.getByRole("button", { name: "Lägg upp användaren" }).click();
  await expect(page.getByTestId("users-status")).toHaveText(`${user.name} är upplagd.`);
}

async function optionValue(page: Page, select: string, name: string): Promise<string> {
  const value = await page
    .locator(`${select} option`, { hasText: name })
    .first()
    .getAttribute("value");
  if (!value) throw new Error(`no option for ${name}`);
  return value;
}

async function loginElsewhere(browser: Browser, name: string, app: "/staff/" | "/kommun/") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, name, app);
  return { page, close: () => context.close() };
}

test.describe("admin console: users and caseloads", () => {
  test("the admin creates a coordinator, who logs in through the development IdP and sees only their municipality", async ({
    page,
    browser,
  }) => {
    await openUsers(page);
    await expectNoAxeViolations(page);

    // A field error names the field: a coordinator needs a municipality.
    const form = page.getByRole("form", { name: "Lägg upp användare" });
    await form.getByLabel("Namn").fill(COORDINATOR.name);
    await form.getByLabel("E-post").fill(COORDINATOR.email);
    await form.getByLabel("Roll").selectOption({ label: "kommunal koordinator" });
    await form.getByRole("button", { name: "Lägg upp användaren" }).click();
    await expect(
      page.getByRole("link", { name: "Välj kommun för en kommunal koordinator." }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await createUser(page, COORDINATOR, "kommunal koordinator", { municipality: "Västervik" });
    await page.getByLabel("Sök på namn eller e-post").fill(COORDINATOR.name);
    const row = page
      .getByTestId("users-table")
      .getByRole("row", { name: new RegExp(COORDINATOR.name) });
    await expect(row).toContainText("har inte loggat in");

    const coordinator = await loginElsewhere(browser, COORDINATOR.name, "/kommun/");
    await expect(
      coordinator.page.getByRole("heading", { level: 1, name: "Deltagare i Västervik" }),
    ).toBeVisible();
    const rows = coordinator.page.locator("table.data-table tbody tr");
    await expect(rows.first()).toBeVisible();
    const municipalities = await rows.locator("td:nth-child(3)").allTextContents();
    expect(new Set(municipalities)).toEqual(new Set(["Västervik"]));
    await expectNoAxeViolations(coordinator.page);
    await coordinator.close();

    // The login claimed the account.
    await page.reload();
    await page.getByLabel("Sök på namn eller e-post").fill(COORDINATOR.name);
    await expect(
      page.getByTestId("users-table").getByRole("row", { name: new RegExp(COORDINATOR.name) }),
    ).not.toContainText("har inte loggat in");
  });

  test("the admin reassigns a caseload; the new officer finds the handovers on their to-do list", async ({
    page,
    browser,
  }) => {
    await openUsers(page);
    await createUser(page, OFFICER, "arbetsförmedlare", { office: "Kalmar" });

    const move = async (from: string, to: string) => {
      await page
        .getByLabel("Från handläggare")
        .selectOption(await optionValue(page, "#caseload-from", from));
      await page
        .getByLabel("Till handläggare")
        .selectOption(await optionValue(page, "#caseload-to", to));
      await page.getByRole("button", { name: "Flytta ärendena" }).click();
      await expect(page.getByTestId("users-status")).toHaveText(/^\d+ deltagare flyttades\.$/);
      return Number((await page.getByTestId("users-status").textContent())?.split(" ")[0]);
    };
    const moved = await move("Erik Johansson", OFFICER.name);
    expect(moved).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const officer = await loginElsewhere(browser, OFFICER.name, "/staff/");
    await expect(
      officer.page.getByRole("region", { name: /Överlämningar att läsa/ }).getByRole("link"),
    ).not.toHaveCount(0);
    await officer.close();

    // The administrator changes the new officer's name; the list shows it.
    await page.getByLabel("Sök på namn eller e-post").fill(OFFICER.name);
    await page.getByRole("button", { name: `Ändra ${OFFICER.name}` }).click();
    const edit = page.getByRole("form", { name: `Ändra ${OFFICER.name}` });
    await edit.getByLabel("Namn").fill(`${OFFICER.name} Ek`);
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect(page.getByTestId("users-status")).toHaveText(
      `Ändringarna för ${OFFICER.name} Ek är sparade.`,
    );
    OFFICER.name = `${OFFICER.name} Ek`;
    await page.getByLabel("Sök på namn eller e-post").fill("");

    // Back to Erik, so the other journeys find his caseload as seeded.
    expect(await move(OFFICER.name, "Erik Johansson")).toBe(moved);

    // Deactivation asks first, then ends the officer's access.
    await page.getByLabel("Sök på namn eller e-post").fill(OFFICER.name);
    await page.getByRole("button", { name: `Avaktivera ${OFFICER.name}` }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(`Avaktivera ${OFFICER.name}?`);
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Ja, avaktivera" }).click();
    await expect(page.getByTestId("users-status")).toContainText(`${OFFICER.name} är avaktiverad.`);
    await expect(
      page.getByTestId("users-table").getByRole("row", { name: new RegExp(OFFICER.name) }),
    ).toContainText("Avaktiverad");
  });
});

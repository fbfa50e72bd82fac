import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

test("AF declines a municipality's request for resource with a reason, and the municipality sees it", async ({
  page,
  browser,
  baseURL,
}) => {
  // The coordinator in Kalmar sends a request, through the API.
  const kommunContext = await browser.newContext({ baseURL, locale: "sv-SE" });
  const kommun = await kommunContext.newPage();
  await login(kommun, "Maria Svensson", "/kommun/");
  const description = `Arbetsträning i grupp ${Date.now()}`;
  const created = await kommun.request.post("/trpc/resourceRequests.create", {
    data: {
      activityType: "workTraining",
      description,
      hours: 60,
      enrolmentId: null,
      forWhom: "Fyra deltagare som behöver arbetsträning",
      reason: "Ingen ledig plats hos ordinarie anordnare.",
    },
    headers: { "x-opis-csrf": "1" },
  });
  expect(created.ok(), await created.text()).toBe(true);

  await login(page, "Erik Johansson", "/staff/");
  await page.getByRole("link", { name: "Förfrågningar" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Förfrågningar om resurs" }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: description });
  await expect(row).toContainText("Kalmar");
  await expect(row).toContainText("Skickad");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Hantera förfrågan: ${description}` }).click();
  await page.getByRole("radio", { name: "Avslå" }).check();
  // Declining without a reason is refused, naming the field.
  await page.getByRole("button", { name: "Spara beslut" }).click();
  await expect(page.getByText("Skriv varför förfrågan avslås").first()).toBeVisible();
  await page.getByLabel("Skäl till avslag").fill("Insatsen finns redan i Kalmar vuxenutbildning.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Spara beslut" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Beslutet är sparat." })).toBeVisible();
  await expect(row).toContainText("Avslagen");
  await expect(row).toContainText("Insatsen finns redan");

  // The municipality sees the decision.
  await kommun.goto("/kommun/forfragningar?status=declined");
  await expect(kommun.getByRole("row").filter({ hasText: description })).toContainText("Avslagen");
  await kommunContext.close();
});

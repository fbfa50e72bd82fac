import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";
import { pdfText } from "./support/pdf-text";

/** Issue 14: the plan on paper. The officer prints a participant's plan as a PDF. */

async function trpcGet(page: Page, path: string, input: unknown) {
  const response = await page.request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

interface Plan {
  version: number;
  content: { goals: { text: string }[]; items: { description: string }[] };
}

test("the officer downloads a participant's plan as a PDF that says the plan's goal", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, "Erik Johansson", "/staff/");
  const list = (await trpcGet(page, "participants.list", {
    scope: "mine",
    status: "active",
    pageSize: 20,
  })) as { items: { enrolmentId: string; givenName: string; familyName: string }[] };
  // A seeded participant whose plan has a goal.
  let found: { enrolmentId: string; name: string; plan: Plan } | null = null;
  for (const item of list.items) {
    const plan = (await trpcGet(page, "plans.get", { enrolmentId: item.enrolmentId })) as Plan;
    if (plan.version > 0 && plan.content.goals.length > 0) {
      found = {
        enrolmentId: item.enrolmentId,
        name: `${item.givenName} ${item.familyName}`,
        plan,
      };
      break;
    }
  }
  expect(found, "an active participant with a saved plan").not.toBeNull();
  const { enrolmentId, name, plan } = found as NonNullable<typeof found>;

  await page.goto(`/staff/deltagare/${enrolmentId}/plan`);
  const button = page.getByRole("button", { name: "Skriv ut planen (PDF)" });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^gemensam-planering-\d{4}-\d{2}-\d{2}\.pdf$/);
  const data = await readFile((await file.path()) ?? "");
  expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(data.toString("latin1")).toContain("/Lang (sv-SE)");
  // Line breaks in the PDF are spaces in the text read; compare word by word.
  const text = pdfText(data).replace(/\s+/g, " ");
  const words = (s: string) => s.replace(/\s+/g, " ").trim();
  expect(text).toContain("Din gemensamma plan");
  expect(text).toContain(name);
  expect(text).toContain(words(plan.content.goals[0]?.text ?? ""));
  await expectNoAxeViolations(page);

  // Earlier versions: each says what changed, and opens to show the plan as it was saved.
  const history = page.getByTestId("plan-history");
  await expect(history.getByRole("columnheader", { name: "Vad som ändrades" })).toBeVisible();
  const first = history.getByRole("row").last();
  await expect(first).toContainText("Nytt mål:");
  await first.getByText(/^Visa version \d+$/).click();
  await expect(first.getByRole("heading", { name: "Deltagarens egna mål" })).toBeVisible();
  await expectNoAxeViolations(page);
});

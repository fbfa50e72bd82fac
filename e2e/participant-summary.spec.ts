import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";
import { pdfText } from "./support/pdf-text";

/**
 * Issue 14: the participation on paper. Next to the plan's PDF, the caseworker prints a
 * summary of the whole participation for the participant, from the same data.
 */

async function trpcGet(page: Page, path: string, input: unknown) {
  const response = await page.request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

interface Plan {
  version: number;
  content: { goals: { text: string }[] };
}

/** A participant of the caller's whose saved plan has a goal. */
async function participantWithPlan(page: Page, scope: "mine" | undefined) {
  const list = (await trpcGet(page, "participants.list", {
    ...(scope ? { scope } : {}),
    status: "active",
    pageSize: 20,
  })) as { items: { enrolmentId: string; givenName: string; familyName: string }[] };
  for (const item of list.items) {
    const plan = (await trpcGet(page, "plans.get", { enrolmentId: item.enrolmentId })) as Plan;
    if (plan.version > 0 && plan.content.goals.length > 0) {
      return {
        enrolmentId: item.enrolmentId,
        name: `${item.givenName} ${item.familyName}`,
        goal: plan.content.goals[0]?.text ?? "",
      };
    }
  }
  throw new Error("no active participant with a saved plan");
}

async function downloadSummary(page: Page) {
  const button = page.getByRole("button", { name: "Skriv ut sammanfattning av deltagandet (PDF)" });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sammanfattning-deltagande-\d{4}-\d{2}-\d{2}\.pdf$/);
  const data = await readFile((await file.path()) ?? "");
  expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(data.toString("latin1")).toContain("/Lang (sv-SE)");
  // Line breaks in the PDF are spaces in the text read; compare word by word.
  return pdfText(data).replace(/\s+/g, " ");
}

const words = (s: string) => s.replace(/\s+/g, " ").trim();

test("the officer downloads a participant's summary that names them and their goal", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, "Erik Johansson", "/staff/");
  const { enrolmentId, name, goal } = await participantWithPlan(page, "mine");
  await page.goto(`/staff/deltagare/${enrolmentId}/plan`);
  const text = await downloadSummary(page);
  expect(text).toContain("Sammanfattning av ditt deltagande");
  expect(text).toContain(`Namn: ${name}`);
  expect(text).toContain(words(goal));
  expect(text).toContain("Din närvaro de senaste fyra veckorna");
  // Only the name: no personal identity number on the participant's paper.
  expect(text).not.toMatch(/\d{6}[-+]\d{4}|\d{12}/);
  await expectNoAxeViolations(page);
});

test("the coordinator downloads the same summary from the municipality's app", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "Maria Svensson", "/kommun/");
  const { enrolmentId, name, goal } = await participantWithPlan(page, undefined);
  await page.goto(`/kommun/deltagare/${enrolmentId}/plan`);
  const text = await downloadSummary(page);
  expect(text).toContain(`Namn: ${name}`);
  expect(text).toContain(words(goal));
  await expectNoAxeViolations(page);
});

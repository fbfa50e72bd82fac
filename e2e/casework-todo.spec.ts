import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** Issue 14: a handover from the municipality reaches the officer's to-do list, and leaves it once read. */

interface Listed {
  enrolmentId: string;
  givenName: string;
  familyName: string;
  municipalityCode: string;
}

async function trpcGet(page: Page, path: string, input: unknown) {
  const response = await page.request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

test("a handover reaches the officer's to-do list", async ({ page, browser }) => {
  await login(page, "Erik Johansson", "/staff/");
  const list = (await trpcGet(page, "participants.list", {
    scope: "mine",
    status: "active",
    pageSize: 50,
  })) as { items: Listed[] };
  const listed = list.items.find((p) => p.municipalityCode === "0880");
  expect(listed).toBeDefined();
  const { enrolmentId, givenName, familyName } = listed as Listed;

  // The Kalmar coordinator hands the case over.
  const kommun = await browser.newPage();
  await login(kommun, "Maria Svensson", "/kommun/");
  const response = await kommun.request.post("/trpc/notes.add", {
    data: {
      enrolmentId,
      note: { kind: "handover", text: "Praktiken börjar måndag, kan du boka ett trepartssamtal?" },
    },
    headers: { "x-opis-csrf": "1" },
  });
  expect(response.ok(), await response.text()).toBe(true);
  await kommun.close();

  await page.goto("/staff/");
  const name = new RegExp(`Läs överlämning om ${givenName} ${familyName}`);
  const handovers = page.getByRole("region", { name: /Överlämningar att läsa/ });
  await expect(handovers.getByRole("link", { name })).toBeVisible();
  // The summary counts every group, handovers and reminders too.
  const todo = page.getByTestId("todo");
  const groupCounts = (await todo.getByRole("heading").allTextContents()).map((h) =>
    Number(/\((\d+)\)\s*$/.exec(h)?.[1] ?? Number.NaN),
  );
  expect(groupCounts.length).toBeGreaterThanOrEqual(5);
  expect(groupCounts.every((c) => Number.isInteger(c))).toBe(true);
  const total = groupCounts.reduce((a, b) => a + b, 0);
  await expect(todo.getByRole("status")).toContainText(`Att göra: ${total},`);
  await expectNoAxeViolations(page);
  await handovers.getByRole("link", { name }).click();
  await expect(
    page.getByText("Praktiken börjar måndag, kan du boka ett trepartssamtal?"),
  ).toBeVisible();
  await page.goto("/staff/");
  await expect(page.getByRole("region", { name: /Överlämningar att läsa/ })).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Överlämningar att läsa/ }).getByRole("link", { name }),
  ).toHaveCount(0);
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** Issue 14: a handover from the municipality reaches the officer's to-do list, and leaves it once read. */

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
  })) as {
    items: {
      enrolmentId: string;
      givenName: string;
      familyName: string;
      municipalityCode: string;
    }[];
  };
  const case0880 = list.items.find((p) => p.municipalityCode === "0880");
  expect(case0880).toBeDefined();
  const { enrolmentId, givenName, familyName } = case0880 as NonNullable<typeof case0880>;

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
  const handovers = page.getByRole("region", { name: /Överlämningar att läsa/ });
  const item = handovers.getByRole("link", {
    name: new RegExp(`Läs överlämning om ${givenName} ${familyName}`),
  });
  await expect(item).toBeVisible();
  await expectNoAxeViolations(page);
  await item.click();
  await expect(
    page.getByText("Praktiken börjar måndag, kan du boka ett trepartssamtal?"),
  ).toBeVisible();
  await page.goto("/staff/");
  await expect(
    page.getByRole("region", { name: /Överlämningar att läsa/ }).getByRole("link", {
      name: new RegExp(`Läs överlämning om ${givenName} ${familyName}`),
    }),
  ).toHaveCount(0);
});

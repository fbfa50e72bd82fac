import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/**
 * Issue 14: every participant list narrows to the cases with unread handovers
 * (kept in the URL), and coordinators start from the same to-do list as
 * officers, with decisions on their requests until they open them.
 */

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

async function trpcPost(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/trpc/${path}`, {
    data: input,
    headers: { "x-opis-csrf": "1" },
  });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

const UNREAD_ONLY = "Bara deltagare med olästa överlämningar";

test("the officer's caseload narrows to unread handovers, in the URL", async ({
  page,
  browser,
}) => {
  await login(page, "Erik Johansson", "/staff/");
  const list = (await trpcGet(page, "participants.list", {
    scope: "mine",
    status: "active",
    pageSize: 50,
  })) as { items: Listed[] };
  const kalmar = list.items.filter((p) => p.municipalityCode === "0880");
  const listed = kalmar[kalmar.length - 1];
  expect(listed).toBeDefined();
  const { enrolmentId, givenName, familyName } = listed as Listed;

  const kommun = await browser.newPage();
  await login(kommun, "Maria Svensson", "/kommun/");
  await trpcPost(kommun, "notes.add", {
    enrolmentId,
    note: { kind: "handover", text: "Deltagaren vill byta praktikplats, kan vi ses?" },
  });
  await kommun.close();

  await page.goto("/staff/");
  await page.getByLabel(UNREAD_ONLY).click();
  await expect(page).toHaveURL(/olast=1/);
  await expect(page.getByLabel(UNREAD_ONLY)).toBeChecked();
  await expect(page.getByText("Filter: med olästa överlämningar")).toBeVisible();
  const table = page.locator("table.data-table");
  await expect(table.getByRole("link", { name: `${familyName}, ${givenName}` })).toBeVisible();
  // Every row shown has something unread.
  const rows = table.locator("tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(table.locator("tbody tr", { hasText: /\d+ oläst/ })).toHaveCount(count);
  await expectNoAxeViolations(page);

  // The filter survives a reload, and opening the notes takes the case off the list.
  await page.reload();
  await expect(page.getByLabel(UNREAD_ONLY)).toBeChecked();
  await page.goto(`/staff/deltagare/${enrolmentId}/anteckningar`);
  await expect(page.getByText("Deltagaren vill byta praktikplats, kan vi ses?")).toBeVisible();
  const listed2 = page.waitForResponse((r) => r.url().includes("participants.list"));
  await page.goto("/staff/?olast=1");
  await listed2;
  await expect(table.getByRole("link", { name: `${familyName}, ${givenName}` })).toHaveCount(0);
});

test("the coordinator starts from the to-do list, with decisions on their requests", async ({
  page,
  browser,
}) => {
  await login(page, "Maria Svensson", "/kommun/");
  const staff = await browser.newPage();
  await login(staff, "Erik Johansson", "/staff/");
  // A case both sides see: Erik's, shared with Kalmar.
  const input = { status: "active", pageSize: 200 };
  const maria = (await trpcGet(page, "participants.list", input)) as { items: Listed[] };
  const erik = (await trpcGet(staff, "participants.list", input)) as { items: Listed[] };
  const participant = maria.items.find((m) =>
    erik.items.some((e) => e.enrolmentId === m.enrolmentId),
  );
  expect(participant).toBeDefined();
  const { enrolmentId, givenName, familyName } = participant as Listed;
  const { id } = (await trpcPost(page, "resourceRequests.create", {
    activityType: "languageTraining",
    description: "Språkstöd i grupp på eftermiddagar",
    hours: 20,
    enrolmentId: null,
    forWhom: "Fyra deltagare",
    reason: "Språket står still.",
  })) as { id: string };

  // AF accepts the request and hands a case over to the municipality.
  await trpcPost(staff, "resourceRequests.transition", { id, transition: { to: "accepted" } });
  await trpcPost(staff, "notes.add", {
    enrolmentId,
    note: { kind: "handover", text: "Beslut om aktivitetsstöd är klart." },
  });
  await staff.close();

  await page.goto("/kommun/");
  const todo = page.getByRole("region", { name: "Att göra" });
  await expect(todo).toBeVisible();
  const decisions = page.getByRole("region", { name: /Beslut om dina förfrågningar/ });
  const decision = decisions.getByRole("link", {
    name: "Förfrågan beviljad: Språkträning (till exempel SFI)",
  });
  await expect(decision.first()).toBeVisible();
  const before = await decision.count();
  expect(before).toBeGreaterThan(0);
  await expect(
    page
      .getByRole("region", { name: /Överlämningar att läsa/ })
      .getByRole("link", { name: new RegExp(`${givenName} ${familyName}`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The unread filter in the coordinator's list.
  await page.getByLabel(UNREAD_ONLY).click();
  await expect(page).toHaveURL(/olast=1/);
  await expect(page.getByLabel(UNREAD_ONLY)).toBeChecked();
  const table = page.locator("table.data-table");
  await expect(table.getByRole("link", { name: `${familyName}, ${givenName}` })).toBeVisible();
  const rows = await table.locator("tbody tr").count();
  await expect(table.locator("tbody tr", { hasText: /\d+ oläst/ })).toHaveCount(rows);
  await expectNoAxeViolations(page);

  // Opening the request takes its decision off the list.
  await page.goto(`/kommun/forfragningar/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Förfrågan om resurs" })).toBeVisible();
  await page.goto("/kommun/");
  await expect(decisions).toBeVisible();
  await expect(decision).toHaveCount(before - 1);
});

test("the caseload narrows to a priority group, and the header names it", async ({ page }) => {
  await login(page, "Erik Johansson", "/staff/");
  await page.getByLabel("Prioriterad grupp").selectOption("any");
  await expect(page).toHaveURL(/prio=any/);
  await expect(page.getByText("Filter: i någon prioriterad grupp")).toBeVisible();
  const table = page.locator("table.data-table");
  const first = table.locator("tbody tr").first().getByRole("link").first();
  await expect(first).toBeVisible();
  // Each row names its priority group, as the filter's options name them.
  const groupNames = (
    await page.getByLabel("Prioriterad grupp").locator("option").allTextContents()
  ).slice(2);
  const rowTag = table.locator("tbody tr").first().locator(".tag--grey").first();
  await expect(rowTag).toBeVisible();
  expect(groupNames).toContain((await rowTag.textContent())?.trim());
  await expectNoAxeViolations(page);
  await first.click();
  await expect(page.getByTestId("priority-groups")).not.toBeEmpty();
  await expectNoAxeViolations(page);
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/** Issue 14: correcting saved records with a reason, and the attendance grid on a tablet. */

async function trpc(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/trpc/${path}`, {
    data: input,
    headers: { "x-opis-csrf": "1" },
  });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

async function trpcGet(page: Page, path: string, input: unknown) {
  const response = await page.request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

/** Today in Sweden, as the apps count days. */
function swedishToday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
}

/** The Monday of the week before this one (its days have all passed). */
function lastWeeksMonday(): string {
  const today = new Date(`${swedishToday()}T12:00:00Z`);
  const weekday = (today.getUTCDay() + 6) % 7;
  today.setUTCDate(today.getUTCDate() - weekday - 7);
  return today.toISOString().slice(0, 10);
}

interface WeekRow {
  enrolmentId: string;
  cells: { date: string; recordable: boolean; presentMinutes: number | null }[];
}

test.describe("correct with a reason", () => {
  test("an attendance day is emptied only with a reason, and the history keeps the old value", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const monday = lastWeeksMonday();
    await page.goto(`/kommun/narvaro/${monday}`);
    const grid = page.locator("table.attendance-grid");
    await expect(grid.locator("tbody tr").first()).toBeVisible();
    // Make sure last week is recorded, then reload it as saved.
    await page.getByRole("button", { name: "Fyll i normal vecka" }).click();
    await page.getByRole("button", { name: "Spara veckan" }).click();
    await expect(page.getByText(/Sparat \d|Inga ändringar att spara/).first()).toBeVisible();
    const week = (await trpcGet(page, "attendance.week", { weekStart: monday })) as {
      participants: WeekRow[];
    };
    const row = week.participants.findIndex((p) =>
      p.cells.some((c) => c.recordable && c.presentMinutes !== null),
    );
    expect(row).toBeGreaterThanOrEqual(0);
    const participant = week.participants[row] as WeekRow;
    const col = participant.cells.findIndex((c) => c.recordable && c.presentMinutes !== null);
    const cell = page.locator(`#att-${row}-${col}`);
    await expect(cell).not.toHaveValue("");

    // Empty the day: the grid asks why before it saves.
    await cell.fill("");
    const reason = page.getByLabel("Orsak till ändring av registrerade dagar");
    await expect(reason).toBeVisible();
    await page.getByRole("button", { name: "Spara veckan" }).click();
    await expect(page.getByRole("link", { name: "Skriv varför uppgiften ändras" })).toBeVisible();
    await expectNoAxeViolations(page);
    await reason.fill("Registrerad av misstag, deltagaren var ledig");
    await page.getByRole("button", { name: "Spara veckan" }).click();
    await expect(reason).toBeHidden();
    await expect(cell).toHaveValue("");

    const history = (await trpcGet(page, "corrections.list", {
      enrolmentId: participant.enrolmentId,
      recordType: "attendance",
    })) as { recordKey: string; action: string; reason: string }[];
    expect(history[0]).toMatchObject({
      recordKey: participant.cells[col]?.date,
      action: "withdrawn",
      reason: "Registrerad av misstag, deltagaren var ledig",
    });
    await page.goto(`/kommun/deltagare/${participant.enrolmentId}`);
    await expect(page.getByText("Uppgift borttagen").first()).toBeVisible();
  });

  test("an assessment is corrected with a reason, and its history shows the old value", async ({
    page,
  }) => {
    await login(page, "Maria Svensson", "/kommun/");
    const list = (await trpcGet(page, "participants.list", {
      status: "active",
      pageSize: 5,
    })) as { items: { enrolmentId: string }[] };
    const enrolmentId = list.items[0]?.enrolmentId ?? "";
    const { id } = (await trpc(page, "assessments.record", {
      enrolmentId,
      record: {
        instrumentId: "languageLevel",
        phase: "periodic",
        assessedOn: swedishToday(),
        value: 2,
        areaValues: null,
      },
    })) as { id: string };
    expect(id).toBeTruthy();

    await page.goto(`/kommun/deltagare/${enrolmentId}/bedomningar`);
    const recorded = page.getByTestId("assessment-corrections");
    await expect(recorded).toBeVisible();
    await recorded
      .getByRole("button", { name: /^Rätta: Språknivå i svenska/ })
      .last()
      .click();
    await page.getByRole("textbox", { name: "Värde" }).fill("3");
    await page.getByRole("button", { name: "Spara rättelsen" }).click();
    await expect(page.getByRole("link", { name: "Skriv varför uppgiften ändras" })).toBeVisible();
    await page.getByLabel("Orsak till ändringen").fill("Fel steg valt, SFI B är rätt");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Spara rättelsen" }).click();
    await expect(page.getByText("Rättelsen är sparad.")).toBeVisible();
    const history = page.getByTestId("correction-history");
    await expect(history).toContainText("Fel steg valt, SFI B är rätt");
    await expect(history.getByRole("row").nth(1)).toContainText("2");
    await expectNoAxeViolations(page);
  });
});

test("the attendance grid on a 768 px tablet: names stay, only the grid scrolls", async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await login(page, "Maria Svensson", "/kommun/");
  await page.goto(`/kommun/narvaro/${lastWeeksMonday()}`);
  const grid = page.locator("table.attendance-grid");
  await expect(grid.locator("tbody tr").first()).toBeVisible();
  // The page itself does not scroll sideways.
  const pageOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(pageOverflow).toBeLessThanOrEqual(0);
  // The grid's box does, and the names column stays where it is.
  const scroller = page.locator(".attendance-scroll");
  const firstName = grid.locator("tbody th[scope=row]").first();
  const before = await firstName.boundingBox();
  const scrolled = await scroller.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    return { left: el.scrollLeft, overflow: el.scrollWidth - el.clientWidth };
  });
  expect(scrolled.overflow).toBeGreaterThan(0);
  expect(scrolled.left).toBeGreaterThan(0);
  const after = await firstName.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  await expect(firstName).toBeInViewport();
  await expectNoAxeViolations(page);
});

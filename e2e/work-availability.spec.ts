import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { login } from "./support/login";

/**
 * Issue 14, item 3: the officer records on the participant page that the work
 * availability (arbetsutbud) ends on a date; within 30 days of it the to-do list
 * says so.
 */

async function trpcGet(page: Page, path: string, input: unknown) {
  const response = await page.request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

/** Today in Sweden plus `days`, as the apps count days. */
function swedishDay(days: number): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(
    new Date(),
  );
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Participant {
  enrolmentId: string;
  startDate: string;
  workAvailabilityPercent: number;
  workAvailabilityUntil: string | null;
  person: { givenName: string; familyName: string };
}

/** An active participant of the caller's whose work availability is open-ended. */
async function openEndedParticipant(page: Page): Promise<Participant> {
  const list = (await trpcGet(page, "participants.list", {
    scope: "mine",
    status: "active",
    pageSize: 20,
  })) as { items: { enrolmentId: string }[] };
  for (const item of list.items) {
    const p = (await trpcGet(page, "participants.get", {
      enrolmentId: item.enrolmentId,
    })) as Participant;
    if (p.workAvailabilityUntil === null) return p;
  }
  throw new Error("no active participant with an open-ended work availability");
}

test("the officer sets when the work availability ends, and the to-do list shows it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, "Erik Johansson", "/staff/");
  const p = await openEndedParticipant(page);
  const name = `${p.person.givenName} ${p.person.familyName}`;
  const until = swedishDay(12);
  await page.goto(`/staff/deltagare/${p.enrolmentId}`);
  const header = page.getByTestId("work-availability");
  await expect(header).toHaveText(`${p.workAvailabilityPercent} %`);

  const section = page.getByRole("region", { name: "Arbetsutbud" });
  await section.getByRole("button", { name: "Ändra arbetsutbud" }).click();
  const date = section.getByRole("textbox", { name: /Arbetsutbudet gäller till och med/ });
  // A day before the participation began is refused at the field, in Swedish.
  const dayBefore = new Date(`${p.startDate}T12:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  await date.fill(dayBefore.toISOString().slice(0, 10));
  await section.getByRole("button", { name: "Spara arbetsutbud" }).click();
  const message = "Ange ett slutdatum för arbetsutbudet från och med deltagandets startdatum";
  await expect(page.getByRole("alert").getByRole("link", { name: message })).toBeVisible();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await date.fill(until);
  await section.getByRole("button", { name: "Spara arbetsutbud" }).click();
  await expect(section.getByRole("status")).toHaveText("Arbetsutbudet är sparat.");
  await expect(header).toHaveText(`${p.workAvailabilityPercent} % (till ${until})`);
  await expectNoAxeViolations(page);

  await page.goto("/staff/");
  const reminders = page.getByRole("region", { name: /Att uppmärksamma/ });
  await expect(
    reminders.getByRole("link", { name: `Arbetsutbudet upphör ${until}: ${name}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

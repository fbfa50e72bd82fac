import { schema } from "@opis/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, factsFor, TEST_NUMBERS } from "./fixtures";

/**
 * Issue 14, item 3: every participant list narrows to the cases with unread
 * handovers, and the caseload to the project's priority groups — on the server,
 * before the page is cut.
 */
describe("participant lists filtered by unread handovers and priority groups", () => {
  let f: ApiFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    for (const [key, name] of [
      ["woman1990", "Wilma"],
      ["man1991", "Nils"],
      ["man1986", "Omar"],
    ] as const) {
      const pin = TEST_NUMBERS[key];
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: name,
        familyName: "Filtertest",
      });
      const { enrolmentId } = await officer.intake.enrol({
        intakeId,
        facts: factsFor(pin),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      });
      ids[name] = enrolmentId;
    }
    await f.handle.db
      .update(schema.enrolments)
      .set({ priorityGroups: ["womenBornOutsideEurope25Plus"] })
      .where(eq(schema.enrolments.id, ids.Wilma ?? ""));
  });
  afterAll(() => f.handle.close());

  const names = (list: { items: { givenName: string }[] }) =>
    list.items.map((i) => i.givenName).sort();

  it("shows only the cases with handovers the reader's side has not opened", async () => {
    const officer = f.as("demo-officer-kalmar");
    const coordinator = f.as("demo-coordinator-kalmar");
    await coordinator.notes.add({
      enrolmentId: ids.Nils ?? "",
      note: { kind: "handover", text: "Nils vill byta praktikplats." },
    });
    await officer.notes.add({
      enrolmentId: ids.Omar ?? "",
      note: { kind: "handover", text: "Omar har fått ett beslut om aktivitetsstöd." },
    });
    const mine = await officer.participants.list({ search: "Filtertest", unread: true });
    expect(names(mine)).toEqual(["Nils"]);
    expect(mine.total).toBe(1);
    // The coordinator's unread is the officer's handover, not their own.
    expect(
      names(await coordinator.participants.list({ search: "Filtertest", unread: true })),
    ).toEqual(["Omar"]);
    // With the next action's filter too: the same rows through the other query.
    expect(
      names(
        await officer.participants.list({
          search: "Filtertest",
          unread: true,
          sort: "nextActionDue",
        }),
      ),
    ).toEqual(["Nils"]);
    // Opening the notes clears it.
    await officer.notes.list({ enrolmentId: ids.Nils ?? "" });
    expect((await officer.participants.list({ search: "Filtertest", unread: true })).total).toBe(0);
    // Without the filter, everyone.
    expect((await officer.participants.list({ search: "Filtertest" })).total).toBe(3);
  });

  it("narrows the caseload to a priority group or to any of them", async () => {
    const officer = f.as("demo-officer-kalmar");
    expect(
      names(await officer.participants.list({ search: "Filtertest", priorityGroup: "any" })),
    ).toEqual(["Wilma"]);
    expect(
      names(
        await officer.participants.list({
          search: "Filtertest",
          priorityGroup: "womenBornOutsideEurope25Plus",
        }),
      ),
    ).toEqual(["Wilma"]);
    expect(
      (await officer.participants.list({ search: "Filtertest", priorityGroup: "noSuchGroup" }))
        .total,
    ).toBe(0);
  });

  it("names each row's priority groups, so the caseload can tag them", async () => {
    const officer = f.as("demo-officer-kalmar");
    const rows = (await officer.participants.list({ search: "Filtertest" })).items;
    const groupsByName = Object.fromEntries(rows.map((r) => [r.givenName, r.priorityGroups]));
    expect(groupsByName.Wilma).toEqual(["womenBornOutsideEurope25Plus"]);
    expect(Object.values(groupsByName).filter((g) => g.length === 0)).toHaveLength(2);
  });

  it("names the participant's priority groups for the header", async () => {
    const wilma = await f
      .as("demo-officer-kalmar")
      .participants.get({ enrolmentId: ids.Wilma ?? "" });
    expect(wilma.priorityGroups).toEqual(["womenBornOutsideEurope25Plus"]);
  });
});

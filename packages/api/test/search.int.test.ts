import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, factsFor, TEST_NUMBERS } from "./fixtures";

/** Issue 14, item 5: search as people type names, accents and order aside. */
describe("participant search", () => {
  let f: ApiFixture;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    for (const [pin, givenName, familyName] of [
      [TEST_NUMBERS.man1991, "Ömer", "Testsson"],
      [TEST_NUMBERS.woman1990, "Åsa", "Ek"],
      [TEST_NUMBERS.man1980, "Omar", "Said"],
    ] as const) {
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName,
        familyName,
      });
      await officer.intake.enrol({
        intakeId,
        facts: factsFor(pin),
        decision: { startDate: "2026-03-16", municipalityCode: "0880" },
      });
    }
  });
  afterAll(() => f.handle.close());

  const names = async (search: string, subject = "demo-officer-kalmar") =>
    (await f.as(subject).participants.list({ scope: "office", search })).items
      .map((p) => p.givenName)
      .sort();

  it("ignores accents and case", async () => {
    expect(await names("omer")).toEqual(["Ömer"]);
    expect(await names("OMER")).toEqual(["Ömer"]);
    expect(await names("asa")).toEqual(["Åsa"]);
    expect(await names("Åsa")).toEqual(["Åsa"]);
  });

  it("finds a name in any order, and by parts", async () => {
    expect(await names("Testsson Ömer")).toEqual(["Ömer"]);
    expect(await names("ömer testsson")).toEqual(["Ömer"]);
    expect(await names("om")).toEqual(["Omar", "Ömer"]);
    expect(await names("Testsson Omar")).toEqual([]);
  });

  it("finds personal-number digits, with or without the dash", async () => {
    expect(await names("19910204")).toEqual(["Ömer"]);
    expect(await names("199102042398")).toEqual(["Ömer"]);
  });

  it("coordinators search the same way", async () => {
    expect(await names("asa", "demo-coordinator-kalmar")).toEqual(["Åsa"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseOfPerson, personStanding } from "./person-standing";

const me = { userId: "u-me", office: "Kalmar" };
const caseOf = (over: Partial<CaseOfPerson>): CaseOfPerson => ({
  kind: "enrolment",
  open: true,
  office: "Kalmar",
  officerUserId: "u-colleague",
  ...over,
});

describe("personStanding", () => {
  it("a person with no case is not known", () => {
    expect(personStanding([], me)).toBe("notKnown");
  });

  it("an active case of the officer's office is known to the office", () => {
    expect(personStanding([caseOf({})], me)).toBe("knownToOffice");
  });

  it("an active case of another office is active elsewhere", () => {
    expect(personStanding([caseOf({ office: "Jönköping" })], me)).toBe("activeElsewhere");
  });

  it("only closed cases elsewhere leave the person not known to this office", () => {
    expect(personStanding([caseOf({ office: "Jönköping", open: false })], me)).toBe("notKnown");
  });

  it("an officer without an office knows only their own cases", () => {
    const noOffice = { userId: "u-me", office: null };
    expect(personStanding([caseOf({ officerUserId: "u-me" })], noOffice)).toBe("knownToOffice");
    expect(personStanding([caseOf({})], noOffice)).toBe("activeElsewhere");
  });

  const arbitraryCase = fc.record({
    kind: fc.constantFrom("intake" as const, "enrolment" as const),
    open: fc.boolean(),
    office: fc.constantFrom("Kalmar", "Jönköping", null),
    officerUserId: fc.constantFrom("u-me", "u-colleague", "u-other"),
  });

  it("any open case of another office means active elsewhere, whatever else there is", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase), (cases) => {
        const foreignOpen = cases.some(
          (c) => c.open && c.office !== "Kalmar" && c.officerUserId !== "u-me",
        );
        expect(personStanding(cases, me) === "activeElsewhere").toBe(foreignOpen);
      }),
    );
  });

  it("the answer does not depend on the order of the cases", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCase), (cases) => {
        expect(personStanding([...cases].reverse(), me)).toBe(personStanding(cases, me));
      }),
    );
  });
});

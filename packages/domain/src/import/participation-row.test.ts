import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import { OPIS_PROJECT } from "../projects/opis";
import type { ProjectDefinition } from "../projects/project-definition";
import { cellsByColumn, checkImportHeader } from "./header-check";
import {
  PARTICIPATION_IMPORT_COLUMNS,
  type ParticipationImportColumn,
} from "./participation-columns";
import { validateParticipationRow } from "./participation-row";

const project = OPIS_PROJECT as ProjectDefinition;
const context = {
  project,
  today: "2026-11-30",
  officerEmails: new Set(["anna.handlaggare@af.example"]),
};
// Skatteverket's test personnummer (a woman, a man).
const WOMAN = "198001249286";
const MAN = "198001139297";

const valid: Record<ParticipationImportColumn, string> = {
  personalIdentityNumber: WOMAN,
  givenName: "Test",
  familyName: "Testsson",
  gender: "woman",
  municipalityCode: "0680",
  site: "",
  officerEmail: "Anna.Handlaggare@af.example",
  startDate: "2025-03-03",
  monthsRegisteredAtAf: "30",
  birthRegion: "outsideEurope",
  educationLevel: "2",
  disability: "no",
  exitDate: "2025-09-01",
  exitReason: "completed",
  exitStatus: "employed",
  outcome90: "unsubsidisedWork",
  outcome90Date: "2025-12-01",
};

const keysOf = (change: Partial<typeof valid>) => {
  const result = validateParticipationRow({ ...valid, ...change }, 2, context);
  return result.ok ? [] : result.issues.map((i) => `${i.column}:${i.messageKey}`);
};

describe("validateParticipationRow", () => {
  test("a complete row is valid and canonical", () => {
    const result = validateParticipationRow(valid, 2, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      personalIdentityNumber: WOMAN,
      officerEmail: "anna.handlaggare@af.example",
      siteId: "0680",
      disability: false,
      exit: { date: "2025-09-01", reason: "completed", status: "employed" },
      outcome90: { outcome: "unsubsidisedWork", date: "2025-12-01" },
    });
  });

  const cases: [string, Partial<typeof valid>, string[]][] = [
    [
      "bad checksum",
      { personalIdentityNumber: "198001249287" },
      ["personalIdentityNumber:validation.personnummer.checksum"],
    ],
    [
      "gender against the number",
      { personalIdentityNumber: MAN },
      ["gender:validation.import.gender.contradictsIdentityNumber"],
    ],
    [
      "start before the period",
      { startDate: "2024-12-31" },
      ["startDate:validation.import.date.outsidePeriod"],
    ],
    [
      "start in the future",
      {
        startDate: "2026-12-01",
        exitDate: "",
        exitReason: "",
        exitStatus: "",
        outcome90: "",
        outcome90Date: "",
      },
      ["startDate:validation.import.date.future"],
    ],
    ["not a date", { startDate: "2025-02-30" }, ["startDate:validation.date.invalid"]],
    [
      "exit before start",
      { exitDate: "2025-03-02" },
      ["exitDate:validation.exit.exitDate.beforeStart"],
    ],
    ["exit on the start day", { exitDate: "2025-03-03" }, []],
    [
      "outcome without an exit",
      { exitDate: "", exitReason: "", exitStatus: "" },
      ["outcome90:validation.import.outcome.withoutExit"],
    ],
    [
      "outcome before the exit",
      { outcome90Date: "2025-08-31" },
      ["outcome90Date:validation.import.outcome90Date.beforeExit"],
    ],
    ["exit without a reason", { exitReason: "" }, ["exitReason:validation.import.exit.incomplete"]],
    [
      "status not the project's",
      { exitStatus: "retired" },
      ["exitStatus:validation.exit.status.notInProject"],
    ],
    [
      "outcome not the project's",
      { outcome90: "lottery" },
      ["outcome90:validation.import.outcome90.notInProject"],
    ],
    [
      "municipality outside the project",
      { municipalityCode: "0180" },
      ["municipalityCode:validation.import.municipalityCode.notInProject"],
    ],
    [
      "site that is not the project's",
      { site: "0180" },
      ["site:validation.import.site.notInProject"],
    ],
    [
      "site of another municipality",
      { site: "0880" },
      ["site:validation.import.site.municipalityNotInSite"],
    ],
    [
      "unknown officer",
      { officerEmail: "nobody@af.example" },
      ["officerEmail:validation.import.officerEmail.unknown"],
    ],
    [
      "unknown facts are allowed",
      { birthRegion: "unknown", educationLevel: "unknown", disability: "unknown" },
      [],
    ],
    ["empty facts are unknown", { birthRegion: "", educationLevel: "", disability: "" }, []],
    [
      "a bad disability code",
      { disability: "maybe" },
      ["disability:validation.import.disability.invalid"],
    ],
    [
      "months not a number",
      { monthsRegisteredAtAf: "two" },
      ["monthsRegisteredAtAf:validation.intake.monthsRegisteredAtAf.range"],
    ],
    ["missing name", { givenName: "" }, ["givenName:validation.import.required"]],
    [
      "an active participation",
      { exitDate: "", exitReason: "", exitStatus: "", outcome90: "", outcome90Date: "" },
      [],
    ],
  ];
  test.each(cases)("%s", (_name, change, expected) => {
    expect(keysOf(change)).toEqual(expected);
  });

  test("unknown facts stay unknown: null, never false or a guessed region", () => {
    const result = validateParticipationRow(
      { ...valid, birthRegion: "unknown", educationLevel: "", disability: "unknown" },
      2,
      context,
    );
    expect(result.ok && result.value).toMatchObject({
      birthRegion: null,
      educationLevel: "US",
      disability: null,
      priorityGroups: [],
    });
  });

  test("a known woman born outside Europe aged 25+ is in the priority group", () => {
    const result = validateParticipationRow(valid, 2, context);
    expect(result.ok && result.value.priorityGroups).toEqual(["womenBornOutsideEurope25Plus"]);
  });

  test("property: an exit date before the start is always refused; on or after, never for that reason", () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 600 }), fc.integer({ min: -60, max: 60 }), (s, d) => {
        const startDate = addDays("2025-01-02", s);
        const exitDate = addDays(startDate, d);
        const keys = keysOf({ startDate, exitDate, outcome90: "", outcome90Date: "" });
        const refusedForOrder = keys.includes("exitDate:validation.exit.exitDate.beforeStart");
        return refusedForOrder === exitDate < startDate;
      }),
    );
  });

  test("property: every issue names a column of the template and the row it was given", () => {
    const column = fc.constantFrom(...PARTICIPATION_IMPORT_COLUMNS);
    fc.assert(
      fc.property(
        fc.dictionary(column, fc.string({ maxLength: 12 })),
        fc.integer({ min: 2, max: 10_000 }),
        (change, row) => {
          const result = validateParticipationRow({ ...valid, ...change }, row, context);
          if (result.ok) return true;
          return (
            result.issues.length > 0 &&
            result.issues.every(
              (i) =>
                i.row === row &&
                (PARTICIPATION_IMPORT_COLUMNS as readonly string[]).includes(i.column),
            )
          );
        },
      ),
    );
  });
});

describe("checkImportHeader", () => {
  test("the template's header is accepted in any order", () => {
    expect(checkImportHeader([...PARTICIPATION_IMPORT_COLUMNS].reverse())).toEqual([]);
  });
  test("missing, unknown and repeated columns are each named", () => {
    const header: string[] = [
      ...PARTICIPATION_IMPORT_COLUMNS.filter((c) => c !== "site"),
      "gender",
      "shoeSize",
    ];
    expect(checkImportHeader(header).map((i) => `${i.column}:${i.messageKey}`)).toEqual([
      "gender:validation.import.header.duplicateColumn",
      "shoeSize:validation.import.header.unknownColumn",
      "site:validation.import.header.missingColumn",
    ]);
  });
  test("cells are read by header name and trimmed", () => {
    const cells = cellsByColumn(["gender", "startDate"], [" man ", "2025-01-02"]);
    expect(cells.gender).toBe("man");
    expect(cells.startDate).toBe("2025-01-02");
    expect(cells.site).toBe("");
  });
});

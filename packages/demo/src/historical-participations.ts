import {
  addDays,
  daysBetween,
  EXIT_REASONS,
  type IsoDate,
  PARTICIPATION_IMPORT_COLUMNS,
  type ParticipationImportColumn,
} from "@opis/domain";
import { Prng } from "./prng";
import { TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "./test-personal-numbers";

export type HistoricalRow = Record<ParticipationImportColumn, string>;

export interface HistoricalRowsOptions {
  count: number;
  seed: string;
  /** Start dates fall in [from, to]. */
  from: IsoDate;
  to: IsoDate;
  /** Nothing (exit, outcome) is dated after today. */
  today: IsoDate;
  municipalities: readonly string[];
  officerEmails: readonly string[];
  exitStatuses: readonly string[];
  followUpOutcomes: readonly string[];
}

const GIVEN = [
  "Amina",
  "Erik",
  "Sara",
  "Johan",
  "Fatima",
  "Lars",
  "Leila",
  "Ahmed",
  "Karin",
  "Omar",
];
const FAMILY = ["Andersson", "Hassan", "Nilsson", "Ali", "Berg", "Mohamed", "Lund", "Karlsson"];

/** Test personal numbers of people born 1955–2004 (working age in 2025–2027), women and men alternating. */
function workingAgePeople(): { pin: string; gender: "woman" | "man" }[] {
  const ofAge = (pin: string) => pin >= "1955" && pin < "2005";
  const women = TEST_PERSONAL_NUMBERS_WOMEN.filter(ofAge);
  const men = TEST_PERSONAL_NUMBERS_MEN.filter(ofAge);
  const people: { pin: string; gender: "woman" | "man" }[] = [];
  for (let i = 0; i < Math.max(women.length, men.length); i++) {
    if (women[i]) people.push({ pin: women[i] as string, gender: "woman" });
    if (men[i]) people.push({ pin: men[i] as string, gender: "man" });
  }
  return people;
}

/**
 * Historical participations as an import file's rows, generated one at a time
 * (deterministic per seed): Skatteverket's test personal numbers only, some
 * facts unknown, most participations ended, most endings followed up. When
 * there are more rows than people, a person comes back with a later start
 * date, so personal number + start date stays unique.
 */
export function* historicalRows(options: HistoricalRowsOptions): Generator<HistoricalRow> {
  const random = new Prng(options.seed);
  const people = workingAgePeople();
  const rounds = Math.ceil(options.count / people.length);
  const span = daysBetween(options.from, options.to) + 1;
  const slot = Math.floor(span / rounds);
  if (slot < 1) throw new RangeError("too many rows for the test personal numbers and the period");
  for (let i = 0; i < options.count; i++) {
    const person = people[i % people.length] as (typeof people)[number];
    const round = Math.floor(i / people.length);
    const startDate = addDays(options.from, round * slot + random.int(0, slot - 1));
    const municipalityCode = random.pick(options.municipalities);
    const row: HistoricalRow = Object.fromEntries(
      PARTICIPATION_IMPORT_COLUMNS.map((c) => [c, ""]),
    ) as HistoricalRow;
    row.personalIdentityNumber = person.pin;
    row.givenName = random.pick(GIVEN);
    row.familyName = random.pick(FAMILY);
    row.gender = person.gender;
    row.municipalityCode = municipalityCode;
    row.site = random.chance(0.3) ? municipalityCode : "";
    row.officerEmail = random.pick(options.officerEmails);
    row.startDate = startDate;
    row.monthsRegisteredAtAf = String(random.int(3, 120));
    row.birthRegion = random.weighted({
      sweden: 40,
      nordic: 5,
      euEfta: 8,
      restOfEurope: 7,
      outsideEurope: 30,
      unknown: 7,
      "": 3,
    });
    row.educationLevel = random.weighted({
      "1": 15,
      "2": 20,
      "3": 20,
      "4": 10,
      "5": 10,
      "6": 8,
      "7": 7,
      unknown: 7,
      "": 3,
    });
    row.disability = random.weighted({ yes: 15, no: 73, unknown: 10, "": 2 });
    const latestExit = daysBetween(startDate, options.today);
    if (latestExit >= 30 && random.chance(0.8)) {
      const exitDate = addDays(startDate, random.int(30, Math.min(300, latestExit)));
      row.exitDate = exitDate;
      row.exitReason = random.chance(0.7) ? "completed" : random.pick(EXIT_REASONS.slice(1));
      row.exitStatus = random.pick(options.exitStatuses);
      const recordedOn = random.chance(0.9)
        ? addDays(exitDate, 90 + random.int(-10, 25))
        : addDays(exitDate, 90 + random.int(35, 60));
      if (recordedOn <= options.today && random.chance(0.85)) {
        row.outcome90 = random.pick(options.followUpOutcomes);
        row.outcome90Date = recordedOn;
      }
    }
    yield row;
  }
}

/** Rows as CSV the way Swedish Excel saves it: UTF-8 with a BOM, semicolons, CRLF. */
export function historicalCsv(rows: Iterable<HistoricalRow>): string {
  const lines = [PARTICIPATION_IMPORT_COLUMNS.join(";")];
  for (const row of rows)
    lines.push(PARTICIPATION_IMPORT_COLUMNS.map((c) => csvCell(row[c])).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvCell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

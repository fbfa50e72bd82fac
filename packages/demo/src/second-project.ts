import { type Database, registerProjectDefinition, schema } from "@opis/db";
import {
  assessEligibility,
  type IntakeFacts,
  type LegalGender,
  OPIS_PROJECT,
  type ProjectDefinition,
  parseProjectDefinition,
} from "@opis/domain";
import secondProjectFile from "../data/steg-kronoberg.json" with { type: "json" };
import { addDays, maxDate, previousWorkingDay, timestampOn } from "./calendar";
import { Prng } from "./prng";
import { TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "./test-personal-numbers";

/**
 * The demo's second project (issue 12): a project that is not a copy of OPIS (two sites,
 * its own exit categories, no follow-up), registered from JSON as `opis project add`
 * would. A copy of the fifth-project test vector of @opis/domain.
 */
export function secondDemoProject(): ProjectDefinition {
  const parsed = parseProjectDefinition(secondProjectFile);
  if (!parsed.ok) throw new Error("Demo data bug: the second project's definition is invalid");
  return parsed.project;
}

/**
 * The demo user who works in both projects: an AF officer in Växjö, with no OPIS
 * participants and the second project's. Not one of the fixed demo users, whose
 * caseloads the journeys count; the development login page offers every active user.
 */
export const TWO_PROJECT_OFFICER = {
  subject: "demo-officer-vaxjo",
  name: "Ingrid Falk",
  email: "ingrid.falk@example.af.se",
  role: "officer",
  organisation: "af",
  office: "Växjö",
  municipalityCode: "0780",
} as const;

/** The second project's participants: few, fixed, all active and the officer's. */
const PARTICIPANTS: readonly {
  givenName: string;
  familyName: string;
  gender: LegalGender;
  municipalityCode: string;
  daysAgo: number;
}[] = [
  {
    givenName: "Alva",
    familyName: "Lindgren",
    gender: "woman",
    municipalityCode: "0780",
    daysAgo: 12,
  },
  {
    givenName: "Oskar",
    familyName: "Bergström",
    gender: "man",
    municipalityCode: "0764",
    daysAgo: 30,
  },
  {
    givenName: "Nour",
    familyName: "Karimi",
    gender: "woman",
    municipalityCode: "0781",
    daysAgo: 45,
  },
  { givenName: "Viktor", familyName: "Holm", gender: "man", municipalityCode: "0780", daysAgo: 60 },
  {
    givenName: "Ebba",
    familyName: "Sjöberg",
    gender: "woman",
    municipalityCode: "0781",
    daysAgo: 80,
  },
];

/** Birth years the main seed draws from too, but none a journey names (those are 1980 and later). */
const PREFERRED_BIRTH_YEARS = /^197[0-9]/;

/**
 * The second project's people, with test personal numbers not in `taken` (the numbers
 * already in the database): born in the 1970s first (no journey names one), then any
 * other but 2005's, which the journeys pick for the people they register. Pure, so the
 * journeys' log check can name the same people.
 */
export function secondProjectPeople(taken: ReadonlySet<string>) {
  const freeOf = (numbers: readonly string[]) => {
    const usable = numbers.filter((n) => !taken.has(n) && !n.startsWith("2005"));
    return [
      ...usable.filter((n) => PREFERRED_BIRTH_YEARS.test(n)),
      ...usable.filter((n) => !PREFERRED_BIRTH_YEARS.test(n)),
    ];
  };
  const free = {
    woman: freeOf(TEST_PERSONAL_NUMBERS_WOMEN),
    man: freeOf(TEST_PERSONAL_NUMBERS_MEN),
  };
  return PARTICIPANTS.map((p, index) => {
    const personalIdentityNumber = free[p.gender][index];
    if (!personalIdentityNumber) throw new Error("Demo data bug: no free test personal number");
    return { ...p, personalIdentityNumber };
  });
}

/**
 * Registers the second project, adds the officer who works in both projects and the
 * project's few participants. Run after `seedDemoData` on the same database: the
 * personal numbers are test numbers the main seed left free. Deterministic for the
 * same database and `today`.
 */
export async function seedSecondProject(
  db: Database,
  options: { today: string },
): Promise<{ projectId: string; participants: number }> {
  const project = secondDemoProject();
  const { today } = options;
  const ids = new Prng("opis-demo:second-project");
  await db.transaction(async (tx) => {
    await registerProjectDefinition(tx, project, { newVersion: false });
    const taken = await tx
      .select({ number: schema.people.personalIdentityNumber })
      .from(schema.people);
    const people = secondProjectPeople(new Set(taken.map((row) => row.number)));

    const officerId = ids.uuid();
    await tx.insert(schema.users).values({
      id: officerId,
      ...TWO_PROJECT_OFFICER,
      projectIds: [OPIS_PROJECT.id, project.id],
      active: true,
      createdAt: timestampOn(project.period.start, 8),
    });

    for (const [index, p] of people.entries()) {
      const number = p.personalIdentityNumber;
      const birthDate = `${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6, 8)}`;
      const startDate = maxDate(
        project.period.start,
        previousWorkingDay(addDays(today, -p.daysAgo)),
      );
      const decisionDate = maxDate(
        project.period.start,
        previousWorkingDay(addDays(startDate, -3)),
      );
      const facts: IntakeFacts = {
        gender: p.gender,
        birthDate,
        municipalityCode: p.municipalityCode as IntakeFacts["municipalityCode"],
        monthsRegisteredAtAf: 14 + index * 7,
        earlierSupportTried: true,
        labourMarketAssessmentDate: addDays(decisionDate, -30),
        workAvailabilityPercent: index % 2 === 0 ? 100 : 50,
        participatesOnSite: true,
        hasDisabilityReducingWorkCapacity: index === 3,
        educationLevel: index % 2 === 0 ? "3" : "2",
        birthRegion: "sweden",
        languageLevel: 6,
      };
      const eligibility = assessEligibility(project, facts, decisionDate);
      if (eligibility.outcome === "notEligible") {
        throw new Error("Demo data bug: a second-project participant is not eligible");
      }
      const personId = ids.uuid();
      const intakeId = ids.uuid();
      const created = timestampOn(decisionDate, 9, index);
      const decided = timestampOn(decisionDate, 13, index);
      await tx.insert(schema.people).values({
        id: personId,
        personalIdentityNumber: number,
        identityKind: "personnummer",
        givenName: p.givenName,
        familyName: p.familyName,
        gender: p.gender,
        birthDate,
        createdAt: created,
        updatedAt: created,
      });
      await tx.insert(schema.intakes).values({
        id: intakeId,
        projectId: project.id,
        personId,
        officerUserId: officerId,
        status: "enrolled",
        facts,
        eligibilityOutcome: eligibility.outcome,
        eligibility,
        decidedAt: decided,
        createdAt: created,
        updatedAt: decided,
      });
      await tx.insert(schema.enrolments).values({
        id: ids.uuid(),
        projectId: project.id,
        personId,
        intakeId,
        municipalityCode: facts.municipalityCode,
        officerUserId: officerId,
        office: TWO_PROJECT_OFFICER.office,
        coordinatorUserId: null,
        startDate,
        status: "active",
        byException: eligibility.outcome === "eligibleByException",
        gender: p.gender,
        birthDate,
        hasDisability: facts.hasDisabilityReducingWorkCapacity,
        birthRegion: facts.birthRegion,
        educationLevel: facts.educationLevel,
        workAvailabilityPercent: facts.workAvailabilityPercent,
        languageLevelAtStart: facts.languageLevel,
        monthsRegisteredAtStart: facts.monthsRegisteredAtAf,
        priorityGroups: eligibility.priorityGroups,
        createdAt: decided,
        updatedAt: decided,
      });
    }
  });
  return { projectId: project.id, participants: PARTICIPANTS.length };
}

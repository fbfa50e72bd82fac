import type { schema } from "@opis/db";
import {
  type AbsenceReason,
  assessEligibility,
  type BirthRegion,
  CLOSENESS_TO_WORK_RATING,
  type DeclinedReason,
  type EducationLevel,
  EXIT_REASONS,
  EXIT_STATUSES,
  type ExitReason,
  type ExitStatus,
  type FollowUpOutcome,
  type FollowUpSource,
  findMunicipality,
  followUpWindow,
  type IntakeFacts,
  type JointPlanContent,
  LANGUAGE_LEVEL_SCALE,
  type LegalGender,
  LIFE_WHEEL,
  OPIS_PROJECT,
  type ProjectDefinition,
  type ResponsibleParty,
  scheduledFollowUps,
} from "@opis/domain";
import {
  addDays,
  dayNumber,
  daysBetween,
  isIsoDate,
  isoDate,
  isWorkingDay,
  maxDate,
  minDate,
  nextWorkingDay,
  previousWorkingDay,
  timestampOn,
} from "./calendar";
import {
  ACTIVITY_TEMPLATES,
  ACTIVITY_WEIGHTS,
  DECLINE_NOTES,
  EXCEPTION_JUSTIFICATIONS,
  EXIT_NOTES,
  employerName,
  GOAL_TEMPLATES,
  TRADES,
  type Trade,
} from "./content";
import { DEMO_OFFICE_BY_MUNICIPALITY } from "./demo-users";
import { pickName } from "./names";
import { Prng } from "./prng";
import { demoStaff } from "./staff";
import { TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "./test-personal-numbers";

export interface SeedOptions {
  /** Number of enrolled participants. Declined and draft intakes come on top. */
  participants: number;
  seed: number | string;
  /** The day the data is generated for ("YYYY-MM-DD"): nothing happens after it. */
  today: string;
}

export interface DemoData {
  users: (typeof schema.users.$inferInsert)[];
  people: (typeof schema.people.$inferInsert)[];
  intakes: (typeof schema.intakes.$inferInsert)[];
  enrolments: (typeof schema.enrolments.$inferInsert)[];
  jointPlans: (typeof schema.jointPlans.$inferInsert)[];
  activities: (typeof schema.activities.$inferInsert)[];
  attendance: (typeof schema.attendance.$inferInsert)[];
  assessments: (typeof schema.assessments.$inferInsert)[];
  exits: (typeof schema.exits.$inferInsert)[];
  followUps: (typeof schema.followUps.$inferInsert)[];
  employers: (typeof schema.employers.$inferInsert)[];
  employerContacts: (typeof schema.employerContacts.$inferInsert)[];
}

const PROJECT: ProjectDefinition = OPIS_PROJECT;
/** The earliest start date: the first full week of the project. */
const FIRST_START = "2025-01-13";
const INTAKE_EARLIEST = PROJECT.period.start;
/** Codes outside the project, for people who turn out not to live in it. */
const OUTSIDE_MUNICIPALITIES = ["0687", "0617", "0860", "0861"] as const;

const MUNICIPALITY_WEIGHTS: Record<string, number> = {
  "0680": 22,
  "0880": 14,
  "0883": 9,
  "0662": 9,
  "0685": 8,
  "0882": 8,
  "0881": 8,
  "0686": 8,
  "0684": 7,
  "0862": 7,
};

const BIRTH_REGION_WEIGHTS: Record<LegalGender, Record<BirthRegion, number>> = {
  woman: { sweden: 34, nordic: 2, euEfta: 6, restOfEurope: 8, outsideEurope: 50 },
  man: { sweden: 42, nordic: 3, euEfta: 7, restOfEurope: 8, outsideEurope: 40 },
};

const EDUCATION_WEIGHTS: Record<"born" | "abroad", Record<EducationLevel, number>> = {
  born: { "1": 3, "2": 24, "3": 34, "4": 15, "5": 14, "6": 8, "7": 0.5, US: 1.5 },
  abroad: { "1": 18, "2": 28, "3": 16, "4": 10, "5": 11, "6": 9, "7": 1, US: 7 },
};

const EXIT_REASON_WEIGHTS: Record<ExitReason, number> = {
  completed: 90,
  droppedOutWork: 5,
  droppedOutStudies: 3.5,
  droppedOutIllness: 3,
  droppedOutMoving: 1.5,
  droppedOutOtherKnown: 2.2,
  droppedOutUnknown: 1.8,
};

const EXIT_STATUS_BY_REASON: Record<ExitReason, Partial<Record<ExitStatus, number>>> = {
  completed: {
    employed: 24,
    ownBusiness: 2,
    studies: 12,
    apprenticeship: 4,
    internship: 10,
    jobSeeking: 39,
    other: 9,
  },
  droppedOutWork: { employed: 85, ownBusiness: 10, apprenticeship: 5 },
  droppedOutStudies: { studies: 100 },
  droppedOutIllness: { other: 70, jobSeeking: 30 },
  droppedOutMoving: { jobSeeking: 50, other: 50 },
  droppedOutOtherKnown: { other: 60, jobSeeking: 40 },
  droppedOutUnknown: { other: 70, jobSeeking: 30 },
};

const FOLLOW_UP_BY_STATUS: Record<ExitStatus, Partial<Record<FollowUpOutcome, number>>> = {
  employed: { unsubsidisedWork: 55, subsidisedWork: 35, other: 5, unknown: 5 },
  ownBusiness: { ownBusiness: 85, unsubsidisedWork: 5, other: 10 },
  studies: { regularStudies: 70, labourMarketTraining: 15, other: 10, unknown: 5 },
  apprenticeship: { subsidisedWork: 50, unsubsidisedWork: 30, regularStudies: 10, other: 10 },
  internship: { subsidisedWork: 35, unsubsidisedWork: 20, jobbspar: 15, other: 25, unknown: 5 },
  jobSeeking: {
    jobbspar: 12,
    labourMarketTraining: 10,
    unsubsidisedWork: 10,
    subsidisedWork: 8,
    regularStudies: 5,
    other: 45,
    unknown: 10,
  },
  other: { other: 50, unknown: 25, regularStudies: 10, subsidisedWork: 15 },
};

const ABSENCE_WEIGHTS: Record<AbsenceReason, number> = {
  illness: 40,
  childCare: 12,
  appointment: 15,
  jobInterview: 5,
  approvedLeave: 8,
  unexcused: 14,
  other: 6,
};

const DECLINE_WEIGHTS: Record<DeclinedReason, number> = {
  notInTargetGroup: 35,
  participantDeclined: 20,
  cannotParticipateOnSite: 8,
  noWorkAvailability: 8,
  otherSupportMoreSuitable: 12,
  movedAway: 7,
  projectFull: 4,
  other: 6,
};

const EXIT_DURATION: Record<ExitReason, (p: Prng) => number> = {
  completed: (p) => Math.round(p.normal(182, 40, 100, 320)),
  droppedOutWork: (p) => p.int(20, 170),
  droppedOutStudies: (p) => p.int(30, 170),
  droppedOutIllness: (p) => p.int(15, 150),
  droppedOutMoving: (p) => p.int(20, 160),
  droppedOutOtherKnown: (p) => p.int(10, 150),
  droppedOutUnknown: (p) => p.int(10, 120),
};

interface Staff {
  id: string;
  role: string;
  demo: boolean;
  office: string | null;
  municipalityCode: string | null;
}

/** Intakes that did not lead to enrolment, on top of the participants. */
function intakeCounts(participants: number) {
  return {
    declined: Math.round(participants * 0.12),
    drafts: participants === 0 ? 0 : Math.max(2, Math.round(participants * 0.02)),
  };
}

/** The most participants the committed test personal numbers allow (each person needs one). */
export const MAX_PARTICIPANTS = (() => {
  const capacity = TEST_PERSONAL_NUMBERS_WOMEN.length + TEST_PERSONAL_NUMBERS_MEN.length;
  let n = Math.floor(capacity / 1.14);
  while (n + 1 + intakeCounts(n + 1).declined + intakeCounts(n + 1).drafts <= capacity) n++;
  while (n + intakeCounts(n).declined + intakeCounts(n).drafts > capacity) n--;
  return n;
})();

/** Throws a RangeError, with a message for people, when the options cannot be seeded. */
export function checkSeedOptions(options: SeedOptions): void {
  const { participants, today } = options;
  if (!Number.isInteger(participants) || participants < 0) {
    throw new RangeError("participants must be a non-negative integer");
  }
  if (participants > MAX_PARTICIPANTS) {
    throw new RangeError(
      `At most ${MAX_PARTICIPANTS} participants fit the committed test personal numbers (with declined and draft intakes on top). Larger data sets need pseudonymous keys, not personal numbers.`,
    );
  }
  if (!isIsoDate(today)) throw new RangeError(`today must be a date "YYYY-MM-DD", got ${today}`);
  if (today < addDays(FIRST_START, 7)) {
    throw new RangeError(
      `today must be on or after ${addDays(FIRST_START, 7)} (the project started ${PROJECT.period.start})`,
    );
  }
  if (String(options.seed).length === 0) throw new RangeError("seed must not be empty");
}

/**
 * Generates the demo data in memory: a pure function of the options, so the
 * same (participants, seed, today) always gives the same rows, ids included.
 */
export function generateDemoData(options: SeedOptions): DemoData {
  checkSeedOptions(options);
  const { participants, today } = options;

  const root = new Prng(`opis-demo:${options.seed}`);
  const ids = root.fork("ids");
  const data: DemoData = {
    users: [],
    people: [],
    intakes: [],
    enrolments: [],
    jointPlans: [],
    activities: [],
    attendance: [],
    assessments: [],
    exits: [],
    followUps: [],
    employers: [],
    employerContacts: [],
  };

  // Staff.
  const staff: Staff[] = [];
  for (const member of demoStaff()) {
    const id = ids.uuid();
    const { demo, ...user } = member;
    data.users.push({
      id,
      ...user,
      // Every demo staff member works in the demo's project (ADR 0028).
      projectIds: [PROJECT.id],
      active: true,
      createdAt: timestampOn("2024-12-02", 8),
    });
    staff.push({
      id,
      role: member.role,
      demo,
      office: member.office,
      municipalityCode: member.municipalityCode,
    });
  }
  const officersOf = (office: string) =>
    staff.filter((s) => s.role === "officer" && s.office === office);
  const coordinatorsOf = (code: string) =>
    staff.filter((s) => s.role === "coordinator" && s.municipalityCode === code);
  // Demo users carry a larger caseload, so logging in as one shows a full list.
  const pickStaff = (prng: Prng, candidates: Staff[]): Staff => {
    const weights: Record<string, number> = {};
    for (const c of candidates) weights[c.id] = c.demo ? 3 : 1;
    const id = prng.weighted(weights);
    return candidates.find((c) => c.id === id)!;
  };

  // The employer register each municipality's job-seeker pilot builds up as placements are found.
  const employerPrng = root.fork("employers");
  const registers = new Map<string, (typeof schema.employers.$inferInsert)[]>();
  const registerEmployer = (
    municipalityCode: string,
    town: string,
    trade: Trade,
    by: Staff,
    on: string,
  ): { id: string; name: string } => {
    const register = registers.get(municipalityCode) ?? [];
    registers.set(municipalityCode, register);
    const known = register.filter(
      (r) => r.industry === trade.sv && r.createdAt! <= timestampOn(on, 12),
    );
    if (known.length > 0 && employerPrng.chance(0.7)) {
      const reused = employerPrng.pick(known);
      return { id: reused.id!, name: reused.name };
    }
    const name = employerName(employerPrng, trade, town);
    const same = register.find((r) => r.name === name);
    if (same) return { id: same.id!, name };
    const contact = pickName(employerPrng, employerPrng.chance(0.5) ? "woman" : "man", "sweden");
    const created = timestampOn(minDate(on, today), 8, employerPrng.int(0, 59));
    const row: typeof schema.employers.$inferInsert = {
      id: ids.uuid(),
      municipalityCode,
      name,
      organisationNumber: null,
      industry: trade.sv,
      contactName: `${contact.givenName} ${contact.familyName}`,
      // PTS reserves 070-174 06 05 … 99 for fiction: no real subscriber answers.
      contactPhone: `070-174 06 ${String(employerPrng.int(5, 99)).padStart(2, "0")}`,
      contactEmail: null,
      createdBy: by.id,
      createdAt: created,
      updatedAt: created,
    };
    register.push(row);
    data.employers.push(row);
    return { id: row.id!, name };
  };

  // How many people of each kind.
  const { declined: declinedCount, drafts: draftCount } = intakeCounts(participants);
  const kinds: ("enrolled" | "declined" | "draft")[] = [
    ...Array<"enrolled">(participants).fill("enrolled"),
    ...Array<"declined">(declinedCount).fill("declined"),
    ...Array<"draft">(draftCount).fill("draft"),
  ];
  const numbers = new NumberPool(root.fork("numbers"));

  const people = root.fork("people");
  const timeline = root.fork("timeline");
  const startWindowEnd = minDate(today, addDays(PROJECT.period.end, -120));
  const startSpan = daysBetween(FIRST_START, startWindowEnd);

  interface Enrolled {
    enrolmentId: string;
    facts: IntakeFacts;
    startDate: string;
    officer: Staff;
    coordinator: Staff | null;
    trade: Trade;
  }
  const enrolled: Enrolled[] = [];

  for (const kind of kinds) {
    const p = people;
    let gender: LegalGender = p.chance(0.5) ? "woman" : "man";
    if (!numbers.has(gender)) gender = gender === "woman" ? "man" : "woman";
    const number = numbers.take(gender);
    const birthDate = `${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6, 8)}`;
    const birthRegion = p.weighted(BIRTH_REGION_WEIGHTS[gender]);
    const name = pickName(p, gender, birthRegion);
    let municipalityCode: string = p.weighted(MUNICIPALITY_WEIGHTS);

    // Dates: intake, decision and (for participants) start.
    let intakeDate: string;
    let decisionDate: string | null;
    let startDate: string | null = null;
    if (kind === "enrolled") {
      startDate = nextWorkingDay(addDays(FIRST_START, timeline.int(0, startSpan)));
      if (startDate > today) startDate = previousWorkingDay(today);
      intakeDate = maxDate(
        INTAKE_EARLIEST,
        previousWorkingDay(addDays(startDate, -timeline.int(4, 25))),
      );
      decisionDate = minDate(startDate, nextWorkingDay(addDays(intakeDate, timeline.int(0, 4))));
    } else if (kind === "declined") {
      intakeDate = nextWorkingDay(
        addDays(INTAKE_EARLIEST, timeline.int(0, daysBetween(INTAKE_EARLIEST, today) - 3)),
      );
      decisionDate = minDate(today, nextWorkingDay(addDays(intakeDate, timeline.int(0, 6))));
    } else {
      intakeDate = maxDate(INTAKE_EARLIEST, addDays(today, -timeline.int(0, 20)));
      decisionDate = null;
    }

    // Facts, shaped by what the intake is meant to show.
    const byException = kind === "enrolled" && p.chance(0.07);
    const declineReason: DeclinedReason | null =
      kind === "declined" ? p.weighted(DECLINE_WEIGHTS) : null;
    const bornAbroad = birthRegion !== "sweden";
    const disabilityRate = birthRegion === "sweden" ? 0.3 : 0.14;
    const workAvailability = p.weighted({ "100": 62, "75": 13, "50": 17, "25": 8 });
    const facts: IntakeFacts = {
      gender,
      birthDate,
      municipalityCode: municipalityCode as IntakeFacts["municipalityCode"],
      monthsRegisteredAtAf: byException
        ? p.int(13, 23)
        : Math.min(240, 24 + Math.round(-Math.log(1 - p.next()) * 30)),
      earlierSupportTried: true,
      labourMarketAssessmentDate: previousWorkingDay(addDays(intakeDate, -p.int(7, 150))),
      workAvailabilityPercent: Number(workAvailability),
      participatesOnSite: true,
      hasDisabilityReducingWorkCapacity: p.chance(disabilityRate),
      educationLevel: p.weighted(EDUCATION_WEIGHTS[bornAbroad ? "abroad" : "born"]),
      birthRegion,
      languageLevel: languageLevel(p, birthRegion),
    };
    if (declineReason === "notInTargetGroup") {
      const why = p.pick(["noAssessment", "noEarlierSupport", "outside"] as const);
      if (why === "noAssessment") facts.labourMarketAssessmentDate = null;
      else if (why === "noEarlierSupport") facts.earlierSupportTried = false;
      else {
        municipalityCode = p.pick(OUTSIDE_MUNICIPALITIES);
        facts.municipalityCode = municipalityCode as IntakeFacts["municipalityCode"];
      }
    } else if (declineReason === "cannotParticipateOnSite") facts.participatesOnSite = false;
    else if (declineReason === "noWorkAvailability") facts.workAvailabilityPercent = 0;
    else if (declineReason === "movedAway" && p.chance(0.5)) {
      municipalityCode = p.pick(OUTSIDE_MUNICIPALITIES);
      facts.municipalityCode = municipalityCode as IntakeFacts["municipalityCode"];
    }

    const office =
      DEMO_OFFICE_BY_MUNICIPALITY[municipalityCode] ??
      (municipalityCode.startsWith("06") ? "Jönköping" : "Kalmar");
    const officer = pickStaff(p, officersOf(office));
    const eligibility = decisionDate ? assessEligibility(PROJECT, facts, decisionDate) : null;
    if (kind === "enrolled" && eligibility?.outcome === "notEligible") {
      throw new Error("Demo data bug: an enrolled participant is not eligible");
    }

    const personId = ids.uuid();
    const intakeId = ids.uuid();
    const personCreated = timestampOn(intakeDate, 9, p.int(0, 59));
    data.people.push({
      id: personId,
      personalIdentityNumber: number,
      identityKind: "personnummer",
      givenName: name.givenName,
      familyName: name.familyName,
      gender,
      birthDate,
      createdAt: personCreated,
      updatedAt: personCreated,
    });

    const decidedAt = decisionDate ? timestampOn(decisionDate, 13, p.int(0, 59)) : null;
    const draftFacts: Partial<IntakeFacts> = {};
    if (kind === "draft") {
      // A draft is filled from the top of the form down.
      const keys = Object.keys(facts) as (keyof IntakeFacts)[];
      for (const key of keys.slice(0, p.int(2, keys.length - 1))) {
        (draftFacts as Record<string, unknown>)[key] = facts[key];
      }
    }
    data.intakes.push({
      id: intakeId,
      projectId: PROJECT.id,
      personId,
      officerUserId: officer.id,
      status: kind === "enrolled" ? "enrolled" : kind,
      facts: kind === "draft" ? draftFacts : facts,
      eligibilityOutcome: eligibility?.outcome ?? null,
      eligibility: eligibility ?? null,
      exceptionJustification:
        eligibility?.outcome === "eligibleByException" && kind === "enrolled"
          ? p.pick(EXCEPTION_JUSTIFICATIONS)
          : null,
      declineReason,
      declineNote:
        declineReason && (declineReason === "other" || p.chance(0.6))
          ? p.pick(DECLINE_NOTES[declineReason] ?? DECLINE_NOTES.other!)
          : null,
      decidedAt,
      createdAt: personCreated,
      updatedAt: decidedAt ?? timestampOn(intakeDate, 10, p.int(0, 59)),
    });

    if (kind !== "enrolled" || !startDate || !eligibility) continue;
    const coordinators = coordinatorsOf(municipalityCode);
    const coordinator =
      coordinators.length > 0 && !p.chance(0.02) ? pickStaff(p, coordinators) : null;
    const enrolmentId = ids.uuid();
    data.enrolments.push({
      id: enrolmentId,
      projectId: PROJECT.id,
      personId,
      intakeId,
      municipalityCode: facts.municipalityCode,
      officerUserId: officer.id,
      office,
      coordinatorUserId: coordinator?.id ?? null,
      startDate,
      status: "active",
      byException: eligibility.outcome === "eligibleByException",
      gender,
      birthDate,
      hasDisability: facts.hasDisabilityReducingWorkCapacity,
      birthRegion,
      educationLevel: facts.educationLevel,
      workAvailabilityPercent: facts.workAvailabilityPercent,
      languageLevelAtStart: facts.languageLevel,
      monthsRegisteredAtStart: facts.monthsRegisteredAtAf,
      priorityGroups: eligibility.priorityGroups,
      createdAt: decidedAt!,
      updatedAt: decidedAt!,
    });
    enrolled.push({ enrolmentId, facts, startDate, officer, coordinator, trade: p.pick(TRADES) });
  }

  // Exits: decide each participation's course, then make sure every reason and status occurs.
  const course = root.fork("course");
  const plannedExit = enrolled.map((e) => {
    const reason = course.weighted(EXIT_REASON_WEIGHTS);
    const exitDate = previousWorkingDay(addDays(e.startDate, EXIT_DURATION[reason](course)));
    const status = course.weighted(EXIT_STATUS_BY_REASON[reason] as Record<ExitStatus, number>);
    return { reason, status, exitDate };
  });
  const exitedIndexes = plannedExit.flatMap((x, i) =>
    x.exitDate < today && x.exitDate > enrolled[i]!.startDate ? [i] : [],
  );
  ensureCoverage(course, exitedIndexes, plannedExit);

  const exited = new Set(exitedIndexes);
  // A few running participations whose work availability ends within 30 days (ADR 0032),
  // from a generator of their own (not a fork of root, which would shift the later forks),
  // so that every other generated row stays the same.
  const availability = new Prng(`opis-demo-work-availability:${options.seed}`);
  const running = enrolled.flatMap((_, i) => (exited.has(i) ? [] : [i]));
  const endingCount = Math.min(running.length, Math.max(3, Math.round(running.length / 20)));
  for (let n = 0; n < endingCount; n++) {
    const [i] = running.splice(availability.int(0, running.length - 1), 1);
    const e = i === undefined ? undefined : enrolled[i];
    const enrolment = i === undefined ? undefined : data.enrolments[i];
    const until = addDays(today, availability.int(3, 28));
    if (e && enrolment && until >= e.startDate && until < PROJECT.period.end) {
      enrolment.workAvailabilityUntil = until;
    }
  }
  const activity = root.fork("activities");
  const presence = root.fork("attendance");
  const measure = root.fork("assessments");
  const follow = root.fork("followUps");

  enrolled.forEach((e, i) => {
    const exit = exited.has(i) ? plannedExit[i]! : null;
    const lastDay = exit ? exit.exitDate : today;
    const enrolment = data.enrolments[i]!;
    const kommunStaff = e.coordinator ?? e.officer;
    const town = findMunicipality(e.facts.municipalityCode)?.name ?? "Kommunen";

    // Activities, in start order.
    const days = daysBetween(e.startDate, lastDay);
    const count = Math.max(1, Math.min(6, Math.round(days / 45) + activity.int(0, 2)));
    const acts: { row: typeof schema.activities.$inferInsert; responsible: ResponsibleParty }[] =
      [];
    for (let k = 0; k < count; k++) {
      let type = activity.weighted(ACTIVITY_WEIGHTS);
      if (type === "languageTraining" && e.facts.languageLevel >= 5) type = "jobSearch";
      const template = ACTIVITY_TEMPLATES[type];
      const weeks = activity.int(template.weeks[0], template.weeks[1]);
      const latestStart = Math.max(0, days - 7);
      const start = nextWorkingDay(
        addDays(
          e.startDate,
          Math.min(latestStart, Math.round((latestStart * k) / count) + activity.int(0, 14)),
        ),
      );
      if (start > lastDay) continue;
      let end: string | null = previousWorkingDay(addDays(start, weeks * 7 - 3));
      if (exit && end > exit.exitDate) end = exit.exitDate;
      if (!exit && (type === "jobSearch" || type === "employerMatching") && activity.chance(0.4))
        end = null;
      if (end !== null && end < start) end = start;
      const ended = end !== null && end <= today;
      const employer =
        type === "internship" || type === "studyVisit"
          ? registerEmployer(e.facts.municipalityCode, town, e.trade, kommunStaff, start)
          : null;
      const row: typeof schema.activities.$inferInsert = {
        id: ids.uuid(),
        enrolmentId: e.enrolmentId,
        type,
        title: template.title(e.trade, town),
        provider: employer?.name ?? template.provider(activity, e.trade, town),
        employerId: employer?.id ?? null,
        startDate: start,
        endDate: end,
        hoursPerWeek: activity.pick(template.hoursPerWeek),
        planItemId: `item${acts.length + 1}`,
        validationModule: type === "validation" ? e.trade.module : null,
        certificateIssued: type === "validation" ? (ended ? activity.chance(0.75) : null) : null,
        createdBy: template.responsible === "af" ? e.officer.id : kommunStaff.id,
        createdAt: timestampOn(minDate(start, today), 10, activity.int(0, 59)),
        updatedAt: timestampOn(minDate(end ?? start, today), 15, activity.int(0, 59)),
      };
      data.activities.push(row);
      acts.push({ row, responsible: template.responsible });
      if (employer && type === "internship") {
        // The job-seeker pilot's contacts: before, during and after the placement.
        const contacts: [string, "phone" | "visit" | "meeting" | "email", string][] = [
          [addDays(start, -activity.int(3, 14)), "phone", "Förfrågan om praktikplats."],
          [
            addDays(start, Math.round(daysBetween(start, end ?? start) / 2)),
            "visit",
            "Uppföljningsbesök på praktikplatsen.",
          ],
        ];
        if (end && ended)
          contacts.push([
            addDays(end, activity.int(1, 10)),
            activity.pick(["phone", "meeting", "email"] as const),
            "Avstämning efter praktiken om fortsatt anställning.",
          ]);
        for (const [contactedOn, channel, summary] of contacts) {
          if (contactedOn > today) continue;
          data.employerContacts.push({
            id: ids.uuid(),
            employerId: employer.id,
            enrolmentId: e.enrolmentId,
            contactedOn,
            channel,
            summary,
            userId: kommunStaff.id,
            createdAt: timestampOn(contactedOn, 11, activity.int(0, 59)),
          });
        }
      }
    }

    // The joint plan, in 1–3 versions.
    const goals = planGoals(e);
    let versionDate = minDate(today, nextWorkingDay(addDays(e.startDate, activity.int(0, 7))));
    for (let version = 1; version <= 3; version++) {
      const nextDate = nextWorkingDay(addDays(versionDate, activity.int(42, 84)));
      const items = acts
        .filter(({ row }, k) => k === 0 || daysBetween(versionDate, row.startDate) <= 45)
        .map(({ row: a, responsible }) => ({
          id: a.planItemId!,
          description: a.title,
          activityType: a.type,
          responsible,
          reviewDate: minDate(a.endDate ?? addDays(a.startDate, 42), addDays(a.startDate, 28)),
          status:
            a.endDate != null && a.endDate <= versionDate
              ? exit && a.endDate === exit.exitDate && exit.reason !== "completed"
                ? ("cancelled" as const)
                : ("done" as const)
              : a.startDate <= versionDate
                ? ("ongoing" as const)
                : ("planned" as const),
        }));
      const content: JointPlanContent = {
        goals: goals.map(({ id, text }) => ({ id, text })),
        items,
        nextReviewDate: nextDate <= lastDay ? nextDate : null,
        agreedWithParticipant: version === 1 || activity.chance(0.9),
      };
      data.jointPlans.push({
        id: ids.uuid(),
        enrolmentId: e.enrolmentId,
        version,
        content,
        changeNote: version === 1 ? null : activity.pick(CHANGE_NOTES),
        createdBy: version % 2 === 1 ? e.officer.id : kommunStaff.id,
        createdAt: timestampOn(versionDate, 11, activity.int(0, 59)),
      });
      if (nextDate > lastDay || nextDate > today) break;
      versionDate = nextDate;
    }

    // Attendance on working days, up to yesterday or the exit date.
    const planned = Math.round((e.facts.workAvailabilityPercent * 480) / 100);
    const rate = presence.normal(
      e.facts.hasDisabilityReducingWorkCapacity ? 0.85 : 0.91,
      0.06,
      0.5,
      0.99,
    );
    const attendanceEnd = exit ? exit.exitDate : addDays(today, -1);
    const summerLeave = presence.chance(0.6) ? presence.int(0, 2) : -1;
    let illnessLeft = 0;
    for (let day = dayNumber(e.startDate); day <= dayNumber(attendanceEnd); day++) {
      if (!isWorkingDay(day)) continue;
      const date = isoDate(day);
      let present = planned;
      let reason: AbsenceReason | null = null;
      const month = date.slice(5, 7);
      const weekOfJuly = month === "07" ? Math.floor((Number(date.slice(8, 10)) - 1) / 7) : -1;
      if (summerLeave >= 0 && weekOfJuly >= summerLeave && weekOfJuly < summerLeave + 3) {
        present = 0;
        reason = "approvedLeave";
      } else if (illnessLeft > 0) {
        illnessLeft--;
        present = 0;
        reason = "illness";
      } else if (!presence.chance(rate)) {
        reason = presence.weighted(ABSENCE_WEIGHTS);
        present = 0;
        if (reason === "illness") illnessLeft = presence.chance(0.4) ? presence.int(1, 4) : 0;
        else if (reason === "appointment" || reason === "jobInterview" || reason === "childCare") {
          // Often only part of the day.
          if (presence.chance(0.5)) present = Math.round((planned * presence.int(3, 7)) / 8);
        }
      } else if (presence.chance(0.04)) {
        present = Math.round((planned * presence.int(4, 7)) / 8);
        reason = presence.chance(0.5) ? "other" : "unexcused";
      }
      data.attendance.push({
        enrolmentId: e.enrolmentId,
        date,
        plannedMinutes: planned,
        presentMinutes: present,
        absenceReason: reason,
        recordedBy: e.coordinator?.id ?? null,
      });
    }

    // Assessments: baseline, periodic, and at exit.
    const assessor = () => (measure.chance(0.7) ? kommunStaff : e.officer);
    const completed = exit?.reason === "completed";
    const plannedLast = exit ? exit.exitDate : addDays(e.startDate, 182);
    const span = Math.max(1, daysBetween(e.startDate, plannedLast));
    const level0 = e.facts.languageLevel;
    const languageGain =
      level0 >= 6
        ? 0
        : level0 <= 3
          ? Number(measure.weighted({ "0": exit && !completed ? 30 : 10, "1": 58, "2": 30 }))
          : Number(measure.weighted({ "0": 45, "1": 55 }));
    const closeness0 = Math.round(measure.normal(4, 1.8, 1, 9));
    const closenessGain = measure.normal(completed ? 2 : exit ? 0.5 : 1.5, 1.4, -2, 5);
    const wheel0 = Object.fromEntries(
      LIFE_WHEEL.areas.map((a) => [
        a.id,
        Math.round(
          a.id === "language"
            ? Math.min(10, level0 * 1.6)
            : a.id === "work"
              ? measure.normal(3, 1.5, 1, 7)
              : a.id === "health" && e.facts.hasDisabilityReducingWorkCapacity
                ? measure.normal(4, 1.5, 1, 8)
                : measure.normal(6, 2, 1, 10),
        ),
      ]),
    );
    const gainFor = (fraction: number) => Math.max(0, Math.min(1, fraction));
    // Fixed per participant, so the language step never goes back between assessments.
    const languageOffset = measure.next() * 0.5;
    const record = (
      instrumentId: string,
      phase: "baseline" | "periodic" | "exit",
      date: string,
      value: number | null,
      areaValues: Record<string, number> | null,
    ) => {
      data.assessments.push({
        id: ids.uuid(),
        enrolmentId: e.enrolmentId,
        instrumentId,
        phase,
        assessedOn: date,
        value,
        areaValues,
        assessedBy: assessor().id,
        createdAt: timestampOn(date, 14, measure.int(0, 59)),
      });
    };
    const at = (fraction: number, date: string) => {
      const f = gainFor(fraction);
      const phase = date === exit?.exitDate ? "exit" : fraction === 0 ? "baseline" : "periodic";
      const language = Math.min(
        6,
        level0 + Math.floor(languageGain * f + (f >= 1 ? 0 : languageOffset)),
      );
      if (phase === "baseline" || level0 < 6)
        record(LANGUAGE_LEVEL_SCALE.id, phase, date, language, null);
      record(
        CLOSENESS_TO_WORK_RATING.id,
        phase,
        date,
        clamp(Math.round(closeness0 + closenessGain * f), 1, 10),
        null,
      );
      if (phase !== "periodic" || measure.chance(0.5)) {
        const wheel: Record<string, number> = {};
        for (const [area, v] of Object.entries(wheel0)) {
          const lift =
            area === "language"
              ? languageGain * 1.5
              : measure.normal(completed ? 1.2 : 0.6, 1, -2, 3);
          wheel[area] = clamp(Math.round(v + lift * f), 1, 10);
        }
        record(LIFE_WHEEL.id, phase, date, null, wheel);
      }
    };
    const baselineDate = minDate(today, nextWorkingDay(addDays(e.startDate, measure.int(0, 5))));
    at(0, baselineDate);
    let periodic = nextWorkingDay(addDays(baselineDate, measure.int(56, 84)));
    while (periodic < addDays(lastDay, -14) && periodic <= today) {
      at(daysBetween(e.startDate, periodic) / span, periodic);
      periodic = nextWorkingDay(addDays(periodic, measure.int(56, 84)));
    }
    if (exit && (completed || (exit.reason !== "droppedOutUnknown" && measure.chance(0.5)))) {
      at(1, exit.exitDate);
    }

    if (!exit) return;
    enrolment.status = "exited";
    enrolment.updatedAt = timestampOn(exit.exitDate, 15);
    const exitRecorded = timestampOn(
      minDate(today, nextWorkingDay(addDays(exit.exitDate, follow.int(0, 3)))),
      15,
      follow.int(0, 59),
    );
    data.exits.push({
      enrolmentId: e.enrolmentId,
      exitDate: exit.exitDate,
      reason: exit.reason,
      status: exit.status,
      note:
        exit.reason !== "completed" && follow.chance(0.7)
          ? follow.pick(EXIT_NOTES[exit.reason] ?? [])
          : null,
      // ESF+ immediate result: a validated skill or a finished course by the exit day.
      gainedQualification: acts.some(
        ({ row }) =>
          (row.type === "validation" && row.certificateIssued === true) ||
          (row.type === "education" && row.endDate != null && row.endDate <= exit.exitDate),
      ),
      recordedBy: e.officer.id,
      createdAt: exitRecorded,
    });

    // Follow-ups per the project's rules, relative to today.
    for (const scheduled of scheduledFollowUps(PROJECT, exit)) {
      const rule = PROJECT.followUpRules.find((r) => r.id === scheduled.ruleId);
      if (!rule) continue;
      const window = followUpWindow(rule, exit.exitDate);
      let recordedOn: string | null = null;
      if (today > window.closesOn) {
        if (follow.chance(0.88)) {
          recordedOn = follow.chance(0.9)
            ? addDays(window.opensOn, follow.int(0, daysBetween(window.opensOn, window.closesOn)))
            : minDate(today, addDays(window.closesOn, follow.int(1, 45)));
        }
      } else if (today >= window.opensOn && follow.chance(0.45)) {
        recordedOn = addDays(window.opensOn, follow.int(0, daysBetween(window.opensOn, today)));
      }
      const outcome = recordedOn
        ? follow.weighted(FOLLOW_UP_BY_STATUS[exit.status] as Record<FollowUpOutcome, number>)
        : null;
      const source: FollowUpSource | null = outcome
        ? follow.weighted({
            afRegister: 65,
            participantContact: 25,
            employerContact: WORK_OUTCOMES.has(outcome) ? 15 : 0,
          })
        : null;
      data.followUps.push({
        id: ids.uuid(),
        enrolmentId: e.enrolmentId,
        ruleId: rule.id,
        dueDate: window.dueDate,
        outcome,
        source,
        recordedOn,
        recordedBy: recordedOn ? e.officer.id : null,
        createdAt: exitRecorded,
      });
    }
  });

  return data;
}

const WORK_OUTCOMES = new Set<FollowUpOutcome>([
  "unsubsidisedWork",
  "subsidisedWork",
  "ownBusiness",
]);

const CHANGE_NOTES = [
  "Uppföljning av planen: praktik tillagd.",
  "Planen reviderad efter trepartssamtal.",
  "Nya insatser efter avstämning med koordinatorn.",
  "Språkmål justerat efter ny bedömning.",
  "Insats avslutad, nästa steg planerat.",
];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function languageLevel(p: Prng, region: BirthRegion): number {
  switch (region) {
    case "sweden":
      return p.chance(0.95) ? 6 : 5;
    case "nordic":
      return p.weighted({ "4": 15, "5": 35, "6": 50 }) === "4" ? 4 : p.chance(0.4) ? 5 : 6;
    case "euEfta":
    case "restOfEurope":
      return Number(p.weighted({ "1": 5, "2": 15, "3": 25, "4": 25, "5": 18, "6": 12 }));
    case "outsideEurope":
      return Number(p.weighted({ "1": 10, "2": 24, "3": 30, "4": 20, "5": 11, "6": 5 }));
  }
}

/** The participant's goals, with the kind of each (not stored: the plan holds id and text). */
function planGoals(e: {
  facts: IntakeFacts;
  trade: Trade;
}): { id: string; kind: keyof typeof GOAL_TEMPLATES; text: string }[] {
  const goals: { id: string; kind: keyof typeof GOAL_TEMPLATES; text: string }[] = [];
  const main =
    e.facts.educationLevel === "1" || e.facts.educationLevel === "2" ? "studies" : "work";
  goals.push({ id: "goal1", kind: main, text: GOAL_TEMPLATES[main](e.trade) });
  if (e.facts.languageLevel <= 4) {
    goals.push({
      id: `goal${goals.length + 1}`,
      kind: "language",
      text: GOAL_TEMPLATES.language(),
    });
  }
  if (e.facts.hasDisabilityReducingWorkCapacity) {
    goals.push({ id: `goal${goals.length + 1}`, kind: "health", text: GOAL_TEMPLATES.health() });
  } else if (goals.length < 3 && main === "work") {
    goals.push({
      id: `goal${goals.length + 1}`,
      kind: "skills",
      text: GOAL_TEMPLATES.skills(e.trade),
    });
  }
  return goals.slice(0, 3);
}

/**
 * Reassigns a few completed exits so that every exit reason and every exit
 * status occurs at least once (when there are enough exits).
 */
function ensureCoverage(
  prng: Prng,
  exited: number[],
  plans: { reason: ExitReason; status: ExitStatus; exitDate: string }[],
): void {
  const completedPool = () => exited.filter((i) => plans[i]!.reason === "completed");
  for (const reason of EXIT_REASONS) {
    if (exited.some((i) => plans[i]!.reason === reason)) continue;
    const pool = completedPool();
    if (pool.length <= 1) return;
    const i = prng.pick(pool);
    plans[i]!.reason = reason;
    plans[i]!.status = prng.weighted(EXIT_STATUS_BY_REASON[reason] as Record<ExitStatus, number>);
  }
  for (const status of EXIT_STATUSES) {
    if (exited.some((i) => plans[i]!.status === status)) continue;
    const pool = completedPool().filter((i) => {
      const s = plans[i]!.status;
      return exited.filter((j) => plans[j]!.status === s).length > 1;
    });
    if (pool.length === 0) return;
    plans[prng.pick(pool)]!.status = status;
  }
}

/**
 * The committed test personal numbers, drawn without replacement. Birth
 * years are drawn evenly where numbers remain, so ages spread over 24–67
 * even though the test list is dense around the 1990s.
 */
class NumberPool {
  private readonly byGender: Record<LegalGender, Map<number, string[]>>;

  constructor(prng: Prng) {
    const bucket = (numbers: readonly string[]) => {
      const years = new Map<number, string[]>();
      for (const n of numbers) {
        const year = Number(n.slice(0, 4));
        const list = years.get(year) ?? [];
        list.push(n);
        years.set(year, list);
      }
      for (const list of years.values()) prng.shuffle(list);
      return years;
    };
    this.byGender = {
      woman: bucket(TEST_PERSONAL_NUMBERS_WOMEN),
      man: bucket(TEST_PERSONAL_NUMBERS_MEN),
    };
    this.prng = prng;
  }

  private readonly prng: Prng;

  get capacity(): number {
    return TEST_PERSONAL_NUMBERS_WOMEN.length + TEST_PERSONAL_NUMBERS_MEN.length;
  }

  has(gender: LegalGender): boolean {
    for (const list of this.byGender[gender].values()) if (list.length > 0) return true;
    return false;
  }

  take(gender: LegalGender): string {
    const weights: Record<string, number> = {};
    for (const [year, list] of this.byGender[gender]) {
      // Fewer of the oldest, as in the long-term unemployed population.
      if (list.length > 0) weights[String(year)] = year < 1963 ? 0.35 : year < 1967 ? 0.7 : 1;
    }
    const year = Number(this.prng.weighted(weights));
    return this.byGender[gender].get(year)!.pop()!;
  }
}

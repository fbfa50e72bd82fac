import {
  DEMO_USERS,
  type HistoricalRow,
  historicalCsv,
  TEST_PERSONAL_NUMBERS_MEN,
  TEST_PERSONAL_NUMBERS_WOMEN,
} from "@opis/demo";
import {
  EMPTY_JOINT_PLAN,
  HEALTH_DATA_BASES,
  PRIVACY_NOTICE_VERSION,
  type Role,
} from "@opis/domain";
import { comparisonCsv } from "./evaluation-support";
import { type ApiFixture, eligibleFacts } from "./fixtures";

/**
 * Every procedure of the app router, with the roles allowed to call it and a
 * valid call for each role's "home" user. The authorization matrix and the
 * audit-completeness test read it; a procedure missing here fails them.
 */

/** The user each role calls as, and (for scoped roles) one with the same role in another scope. */
export const HOME: Record<Role, string> = {
  officer: "demo-officer-kalmar",
  coordinator: "demo-coordinator-kalmar",
  evaluator: "demo-evaluator",
  admin: "demo-admin",
};
export const FOREIGN: Partial<Record<Role, string>> = {
  officer: "demo-officer-jonkoping",
  coordinator: "demo-coordinator-vastervik",
};

export interface World {
  f: ApiFixture;
  /** A Kalmar participant, the Kalmar office's case. */
  enrolmentId: string;
  activityId: string;
  employerId: string;
  draftIntakeId: string;
  importId: string;
  /** Draws a fresh test personal number and the facts that match it. */
  freshPerson(): { pin: string; facts: ReturnType<typeof eligibleFacts> };
  /** A new draft intake of the Kalmar officer. */
  freshDraft(): Promise<{ intakeId: string; facts: ReturnType<typeof eligibleFacts> }>;
  /** A new Kalmar participant. */
  freshEnrolment(): Promise<string>;
  /** The personal number of a person just registered by an intake. */
  knownPin(): Promise<string>;
}

export interface ProcedureCase {
  roles: readonly Role[];
  /** A valid call for the home user of `role`; may set up what the call needs. */
  input(w: World, role: Role): unknown;
  /** The call names ids of one scope: a user of an allowed role in another scope gets NOT_FOUND. */
  scoped?: boolean;
  /** Why a successful call may leave no audit row; only for calls reading no one's data. */
  unaudited?: string;
  /** Works on the caller's login session, which these callers lack: covered by the server's auth tests. */
  needsSession?: boolean;
}

const CASEWORKERS: readonly Role[] = ["officer", "coordinator"];

/** A one-row historical file (issue 13) about a fresh person, enrolled by the home officer. */
function historicalFile(w: World) {
  const { pin, facts } = w.freshPerson();
  const officer = DEMO_USERS.find((u) => u.subject === HOME.officer);
  const row: HistoricalRow = {
    personalIdentityNumber: pin,
    givenName: "Historisk",
    familyName: "Provsson",
    gender: facts.gender,
    municipalityCode: "0880",
    site: "",
    officerEmail: officer?.email ?? "",
    startDate: "2025-06-02",
    monthsRegisteredAtAf: "30",
    birthRegion: "sweden",
    educationLevel: "3",
    disability: "no",
    exitDate: "",
    exitReason: "",
    exitStatus: "",
    outcome90: "",
    outcome90Date: "",
  };
  return {
    fileName: "historik.csv",
    contentBase64: Buffer.from(historicalCsv([row]), "utf8").toString("base64"),
  };
}
const STATISTICS: readonly Role[] = ["evaluator", "admin"];
const ALL: readonly Role[] = ["officer", "coordinator", "evaluator", "admin"];

export const ACTIVITY = {
  type: "languageTraining" as const,
  title: "SFI",
  provider: null,
  employerId: null,
  startDate: "2026-03-18",
  endDate: null,
  hoursPerWeek: 10,
  planItemId: null,
  validationModule: null,
  certificateIssued: null,
};
const EMPLOYER = {
  name: "Kalmar Bygg AB",
  organisationNumber: null,
  industry: "Bygg",
  contactName: null,
  contactPhone: null,
  contactEmail: null,
};
const REQUEST = {
  activityType: "languageTraining" as const,
  description: "Språkstöd",
  hours: 10,
  enrolmentId: null,
  forWhom: "Tre deltagare",
  reason: "Behov",
};
const EXIT = {
  exitDate: "2026-03-16",
  reason: "completed" as const,
  status: "employed" as const,
  gainedQualification: true,
};

async function submittedRequest(w: World): Promise<string> {
  const { id } = await w.f.as(HOME.coordinator).resourceRequests.create(REQUEST);
  return id as string;
}

const FOLLOW_UP_RECORD = {
  outcome: "unsubsidisedWork",
  source: "afRegister",
  recordedOn: "2026-03-16",
} as const;

/** A fresh Kalmar participant who has exited: their open 90-day follow-up. */
async function openFollowUp(w: World): Promise<string | undefined> {
  const enrolmentId = await w.freshEnrolment();
  const officer = w.f.as(HOME.officer);
  await officer.exits.record({ enrolmentId, exit: EXIT });
  const { items } = await officer.followUps.list({ horizonDays: 365 });
  return items.find((i) => i.enrolmentId === enrolmentId)?.followUpId;
}

/** The same, with its result recorded. */
async function recordedFollowUp(w: World): Promise<string | undefined> {
  const followUpId = await openFollowUp(w);
  if (followUpId) {
    await w.f.as(HOME.officer).followUps.record({
      followUpId,
      record: FOLLOW_UP_RECORD,
      confirmOutsideWindow: true,
    });
  }
  return followUpId;
}

export const PROCEDURES: Record<string, ProcedureCase> = {
  "activities.list": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "activities.create": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId, activity: ACTIVITY }),
  },
  "activities.update": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ activityId: w.activityId, activity: { ...ACTIVITY, title: "SFI C" } }),
  },
  "assessments.list": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "assessments.record": {
    roles: CASEWORKERS,
    scoped: true,
    // One baseline per instrument (issue 14): the second caller records a periodic one.
    input: (w, role) => ({
      enrolmentId: w.enrolmentId,
      record: {
        phase: role === "officer" ? "baseline" : "periodic",
        assessedOn: "2026-03-16",
        instrumentId: "languageLevel",
        value: 2,
        areaValues: null,
      },
    }),
  },
  "attendance.week": { roles: CASEWORKERS, input: () => ({ weekStart: "2026-03-16" }) },
  "corrections.list": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "corrections.assessment": {
    roles: CASEWORKERS,
    scoped: true,
    input: async (w, role) => {
      const { id } = await w.f.as(HOME[role]).assessments.record({
        enrolmentId: w.enrolmentId,
        record: {
          phase: "periodic",
          assessedOn: "2026-03-16",
          instrumentId: "languageLevel",
          value: 2,
          areaValues: null,
        },
      });
      return { assessmentId: id, record: null, reason: "Registrerad på fel deltagare" };
    },
  },
  "corrections.withdrawActivity": {
    roles: CASEWORKERS,
    scoped: true,
    input: async (w, role) => {
      const { id } = await w.f
        .as(HOME[role])
        .activities.create({ enrolmentId: w.enrolmentId, activity: ACTIVITY });
      return { activityId: id, reason: "Dubbelregistrerad" };
    },
  },
  "corrections.exit": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => {
      const enrolmentId = await w.freshEnrolment();
      await w.f.as(HOME.officer).exits.record({ enrolmentId, exit: EXIT });
      return { enrolmentId, exit: null, reason: "Avslutet registrerades av misstag" };
    },
  },
  "corrections.withdrawFollowUp": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => {
      const followUpId = await recordedFollowUp(w);
      return { followUpId, reason: "Fel utfall" };
    },
  },
  "attendance.saveWeek": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({
      weekStart: "2026-03-16",
      entries: [
        {
          enrolmentId: w.enrolmentId,
          date: "2026-03-16",
          presentMinutes: 480,
          absenceReason: null,
        },
      ],
    }),
  },
  "attendance.summary": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "audit.search": { roles: ["admin"], input: () => ({ filter: { action: "person.lookup" } }) },
  "audit.export": { roles: ["admin"], input: () => ({ filter: { from: "2026-01-01" } }) },
  "audit.verify": { roles: ["admin"], input: () => undefined },
  "auth.me": {
    roles: ALL,
    input: () => undefined,
    unaudited: "answers with the caller's own user record only",
  },
  "auth.sessions": {
    roles: ALL,
    input: () => undefined,
    unaudited: "lists the caller's own sessions only",
  },
  "auth.endSession": {
    roles: ALL,
    input: () => ({ handle: crypto.randomUUID() }),
    unaudited: "ends one of the caller's own sessions; a handle that is not theirs is refused",
    needsSession: true,
  },
  "auth.endOtherSessions": {
    roles: ALL,
    input: () => undefined,
    unaudited: "ends the caller's own other sessions",
    needsSession: true,
  },
  "projects.current": {
    roles: ALL,
    input: () => ({}),
    unaudited: "a project's definition (rules and vocabularies), no one's data",
  },
  "consent.withheldCount": {
    roles: ["coordinator"],
    input: () => undefined,
    unaudited: "one count for a badge, no one's data",
  },
  "consent.get": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "consent.record": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => ({
      enrolmentId: await w.freshEnrolment(),
      consent: {
        informedOn: "2026-03-16",
        noticeVersion: PRIVACY_NOTICE_VERSION,
        sharing: "given",
        decidedOn: "2026-03-16",
        healthDataBasis: HEALTH_DATA_BASES[0],
      },
    }),
  },
  "consent.withdraw": {
    roles: CASEWORKERS,
    scoped: true,
    input: async (w) => {
      const enrolmentId = await w.freshEnrolment();
      await w.f.as(HOME.officer).consent.record({
        enrolmentId,
        consent: {
          informedOn: "2026-03-16",
          noticeVersion: PRIVACY_NOTICE_VERSION,
          sharing: "given",
          decidedOn: "2026-03-16",
          healthDataBasis: HEALTH_DATA_BASES[0],
        },
      });
      return { enrolmentId, withdrawnOn: "2026-03-16" };
    },
  },
  "persons.find": {
    roles: ["admin"],
    input: async (w) => ({ personalIdentityNumber: await w.knownPin() }),
  },
  "persons.extract": {
    roles: ["admin"],
    input: async (w) => ({ personalIdentityNumber: await w.knownPin(), format: "json" }),
  },
  "persons.correct": {
    roles: ["admin"],
    input: async (w) => {
      const pin = w.freshPerson().pin;
      await w.f
        .as(HOME.officer)
        .intake.start({ personalIdentityNumber: pin, givenName: "Fel", familyName: "Namn" });
      const found = (await w.f.as(HOME.admin).persons.find({ personalIdentityNumber: pin })) as {
        person?: { id: string };
        id?: string;
      };
      return {
        personId: found.person?.id ?? found.id,
        correction: { givenName: "Rätt", reason: "Stavfel i förnamnet" },
      };
    },
  },
  "comparison.import": {
    roles: STATISTICS,
    input: () => ({
      fileName: "jamforelse.csv",
      contentBase64: Buffer.from(comparisonCsv(20)).toString("base64"),
    }),
  },
  "comparison.list": { roles: STATISTICS, input: () => ({}) },
  "comparison.match": {
    roles: STATISTICS,
    input: (w) => ({ importId: w.importId, method: "exact", covariates: ["gender"] }),
  },
  "employers.list": { roles: ["coordinator"], input: () => ({ search: "Bygg" }) },
  "employers.create": { roles: ["coordinator"], input: () => ({ ...EMPLOYER, name: "Ny AB" }) },
  "employers.update": {
    roles: ["coordinator"],
    scoped: true,
    input: (w) => ({ employerId: w.employerId, employer: EMPLOYER }),
  },
  "employers.get": {
    roles: ["coordinator"],
    scoped: true,
    input: (w) => ({ employerId: w.employerId }),
  },
  "employers.addContact": {
    roles: ["coordinator"],
    scoped: true,
    input: (w) => ({
      employerId: w.employerId,
      contact: {
        contactedOn: "2026-03-16",
        channel: "phone",
        summary: "Praktikplats",
        enrolmentId: w.enrolmentId,
      },
    }),
  },
  "exits.record": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => ({ enrolmentId: await w.freshEnrolment(), exit: EXIT }),
  },
  "exits.get": { roles: CASEWORKERS, scoped: true, input: (w) => ({ enrolmentId: w.enrolmentId }) },
  "exports.participants": { roles: STATISTICS, input: () => ({ format: "csv", filter: {} }) },
  "exports.goalsReport": { roles: STATISTICS, input: () => ({ format: "xlsx" }) },
  "exports.esf": { roles: STATISTICS, input: () => ({}) },
  "followUps.list": { roles: ["officer"], input: () => ({ horizonDays: 365 }) },
  "imports.preview": { roles: ["admin"], input: (w) => historicalFile(w) },
  "imports.run": { roles: ["admin"], input: (w) => historicalFile(w) },
  "imports.list": {
    roles: ["admin"],
    input: () => ({}),
    unaudited: "lists import events (file names and counts), no participant's data",
  },
  "imports.undo": {
    roles: ["admin"],
    input: async (w) => {
      const done = await w.f.as(HOME.admin).imports.run(historicalFile(w));
      if (!done.ok || !done.importId) throw new Error("the test import failed");
      return { importId: done.importId };
    },
  },
  "imports.template": {
    roles: ["admin"],
    input: () => ({ format: "csv" }),
    unaudited: "an empty template with the project's codes",
  },
  "dataOut.project": { roles: ["admin"], input: () => ({ format: "zip" }) },
  "dataOut.managingAuthority": {
    roles: ["admin"],
    input: () => ({ month: "2026-02", format: "csv" }),
  },
  "followUps.record": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => ({
      followUpId: await openFollowUp(w),
      record: FOLLOW_UP_RECORD,
      // Recorded on the exit day, before the window: allowed only when confirmed (issue 14).
      confirmOutsideWindow: true,
    }),
  },
  "goals.summary": { roles: STATISTICS, input: () => ({}) },
  "intake.lookupPerson": {
    roles: ["officer"],
    input: (w) => ({ personalIdentityNumber: w.freshPerson().pin }),
  },
  "intake.start": {
    roles: ["officer"],
    input: (w) => ({
      personalIdentityNumber: w.freshPerson().pin,
      givenName: "Ny",
      familyName: "Person",
    }),
  },
  "intake.get": { roles: ["officer"], scoped: true, input: (w) => ({ intakeId: w.draftIntakeId }) },
  "intake.saveDraft": {
    roles: ["officer"],
    scoped: true,
    input: (w) => ({ intakeId: w.draftIntakeId, facts: { monthsRegisteredAtAf: 25 } }),
  },
  "intake.coordinators": { roles: ["officer"], input: () => ({ municipalityCode: "0880" }) },
  "intake.enrol": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => {
      const { intakeId, facts } = await w.freshDraft();
      return { intakeId, facts, decision: { startDate: "2026-03-16", municipalityCode: "0880" } };
    },
  },
  "intake.decline": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => {
      const { intakeId, facts } = await w.freshDraft();
      return { intakeId, facts, decision: { reason: "participantDeclined" } };
    },
  },
  "notes.list": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "notes.add": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId, note: { kind: "note", text: "Anteckning" } }),
  },
  "notes.unread": { roles: CASEWORKERS, input: () => undefined },
  "participants.list": { roles: CASEWORKERS, input: () => ({}) },
  "participants.get": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "participants.summaryPdf": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "participants.setWorkAvailability": {
    roles: ["officer"],
    scoped: true,
    input: async (w) => ({
      enrolmentId: await w.freshEnrolment(),
      workAvailability: { percent: 100, until: "2027-12-31", reason: "Nytt beslut från AF" },
    }),
  },
  "participants.timeline": {
    roles: CASEWORKERS,
    scoped: true,
    input: (w) => ({ enrolmentId: w.enrolmentId }),
  },
  "plans.get": { roles: CASEWORKERS, scoped: true, input: (w) => ({ enrolmentId: w.enrolmentId }) },
  "plans.pdf": { roles: CASEWORKERS, scoped: true, input: (w) => ({ enrolmentId: w.enrolmentId }) },
  "plans.save": {
    roles: CASEWORKERS,
    scoped: true,
    input: async (w, role) => {
      const { version } = await w.f.as(HOME[role]).plans.get({ enrolmentId: w.enrolmentId });
      // A plan needs a goal, an item and a review date (issue 14's rules).
      const content = {
        ...EMPTY_JOINT_PLAN,
        // Each caller saves a change of their own (an unchanged plan is no new version).
        goals: [{ id: "g1", text: `Arbete inom vården (${role})` }],
        items: [
          {
            id: "i1",
            description: "SFI",
            activityType: "languageTraining",
            responsible: "kommun",
            reviewDate: "2026-04-15",
            status: "planned",
          },
        ],
        nextReviewDate: "2026-04-15",
      };
      return { enrolmentId: w.enrolmentId, basedOnVersion: version, content };
    },
  },
  "resourceRequests.list": { roles: ["coordinator", "officer", "admin"], input: () => ({}) },
  "resourceRequests.create": {
    roles: ["coordinator"],
    input: (w) => ({ ...REQUEST, enrolmentId: w.enrolmentId }),
  },
  "resourceRequests.transition": {
    roles: ["coordinator", "officer"],
    scoped: true,
    input: async (w, role) => {
      const id = await submittedRequest(w);
      if (role === "officer") return { id, transition: { to: "accepted" } };
      await w.f
        .as(HOME.officer)
        .resourceRequests.transition({ id, transition: { to: "accepted" } });
      return { id, transition: { to: "scheduled", scheduledFor: "2026-04-01" } };
    },
  },
  "resourceRequests.activities": {
    roles: ["coordinator", "officer", "admin"],
    scoped: true,
    input: async (w) => ({ id: await submittedRequest(w) }),
  },
  "statistics.municipalityGoals": { roles: ["coordinator"], input: () => ({}) },
  "statistics.filterOptions": {
    roles: STATISTICS,
    input: () => ({}),
    unaudited: "answers with the project definition's filter values, no one's data",
  },
  "statistics.dashboard": { roles: STATISTICS, input: () => ({}) },
  "statistics.flows": { roles: STATISTICS, input: () => ({}) },
  "statistics.successFactors": { roles: STATISTICS, input: () => ({}) },
  "statistics.esf": { roles: STATISTICS, input: () => ({}) },
  "todo.list": { roles: CASEWORKERS, input: () => ({}) },
  "todo.digest": { roles: ["officer"], input: () => undefined },
  "users.list": { roles: ["admin"], input: () => ({ search: "a", sort: "role" }) },
  "users.offices": {
    roles: ["admin"],
    input: () => ({}),
    unaudited: "the project definition's offices and municipalities, no one's data",
  },
  "users.create": { roles: ["admin"], input: (w) => ({ account: freshAccount(w) }) },
  "users.update": {
    roles: ["admin"],
    input: async (w) => {
      const account = freshAccount(w);
      const user = await w.f.as(HOME.admin).users.create({ account });
      return { userId: user.id, account: { ...account, name: "Omdöpt Användare" } };
    },
  },
  "users.deactivate": {
    roles: ["admin"],
    input: async (w) => {
      const user = await w.f.as(HOME.admin).users.create({ account: freshAccount(w) });
      return { userId: user.id };
    },
  },
  "users.reassignOfficer": {
    roles: ["admin"],
    input: async (w) => ({
      enrolmentId: await w.freshEnrolment(),
      officerUserId: w.f.users[HOME.officer]?.id,
    }),
  },
  "users.reassignCaseload": {
    roles: ["admin"],
    input: async (w) => {
      const user = await w.f.as(HOME.admin).users.create({ account: freshAccount(w) });
      return { fromUserId: user.id, toUserId: w.f.users[HOME.officer]?.id };
    },
  },
  "users.assignCoordinator": {
    roles: ["admin"],
    input: async (w) => ({
      enrolmentId: await w.freshEnrolment(),
      coordinatorUserId: w.f.users[HOME.coordinator]?.id,
    }),
  },
};

let accounts = 0;
/** A new officer account of the Kalmar office, with an e-mail no one has yet. */
function freshAccount(w: World) {
  accounts += 1;
  const projectIds = [...(w.f.users[HOME.admin]?.projectIds ?? [])];
  return {
    subject: null,
    name: `Ny Handläggare ${accounts}`,
    email: `ny.handlaggare.${accounts}@example.af.se`,
    role: "officer" as const,
    organisation: "af" as const,
    office: "Kalmar",
    municipalityCode: null,
    projectIds,
  };
}

/** Builds the world the catalog's calls run in: one Kalmar participant with some case work. */
export async function buildWorld(f: ApiFixture): Promise<World> {
  const women = TEST_PERSONAL_NUMBERS_WOMEN.filter((n) => n >= "19800101" && n < "19960101");
  const men = TEST_PERSONAL_NUMBERS_MEN.filter((n) => n >= "19800101" && n < "19960101");
  let drawn = 0;
  const freshPerson = () => {
    drawn += 1;
    const woman = drawn % 2 === 0;
    const pin = (woman ? women : men)[drawn] as string;
    const birthDate = `${pin.slice(0, 4)}-${pin.slice(4, 6)}-${pin.slice(6, 8)}`;
    return {
      pin,
      facts: eligibleFacts({ gender: woman ? "woman" : "man", birthDate }),
    };
  };
  const officer = f.as(HOME.officer);
  const freshDraft = async () => {
    const { pin, facts } = freshPerson();
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: pin,
      givenName: "Test",
      familyName: "Person",
    });
    return { intakeId, facts };
  };
  const freshEnrolment = async () => {
    const { intakeId, facts } = await freshDraft();
    const { enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts,
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    });
    return enrolmentId;
  };
  const enrolmentId = await freshEnrolment();
  const coordinator = f.as(HOME.coordinator);
  const { id: activityId } = await coordinator.activities.create({
    enrolmentId,
    activity: ACTIVITY,
  });
  const { id: employerId } = await coordinator.employers.create(EMPLOYER);
  const { intakeId: draftIntakeId } = await freshDraft();
  const imported = await f.as(HOME.evaluator).comparison.import({
    fileName: "jamforelse.csv",
    contentBase64: Buffer.from(comparisonCsv(20)).toString("base64"),
  });
  if (!imported.ok) throw new Error("comparison import failed in the test world");
  return {
    f,
    enrolmentId,
    activityId: activityId as string,
    employerId: employerId as string,
    draftIntakeId,
    importId: imported.importId,
    freshPerson,
    freshDraft,
    freshEnrolment,
    knownPin: async () => {
      const { pin } = freshPerson();
      await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: "Känd",
        familyName: "Person",
      });
      return pin;
    },
  };
}

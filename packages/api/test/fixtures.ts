import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { demoUserRows } from "@opis/demo/users";
import { EMPTY_JOINT_PLAN, type JointPlanContent, parsePersonalIdentityNumber } from "@opis/domain";
import { appRouter } from "../src";
import { createContext, type SessionUser } from "../src/context";
import { createCallerFactory } from "../src/trpc";

const createCaller = createCallerFactory(appRouter);

/** A fixed "today" so eligibility and dates are reproducible. */
export const TODAY = new Date("2026-03-16T09:00:00+01:00");

/** Skatteverket test numbers (shared/reference/testpersonnummer.csv). */
export const TEST_NUMBERS = {
  man1980: "198001139297",
  woman1990: "199001012385",
  woman1990b: "199007262380",
  man1991: "199102042398",
  man1970: "197001239297",
  man1986: "198612199995",
} as const;

export interface ApiFixture {
  handle: DatabaseHandle;
  users: Record<string, SessionUser>;
  as(subject: string): ReturnType<typeof createCaller>;
  /** Moves the callers' clock (attendance can only be recorded for days that have passed). */
  setNow(now: Date): void;
  anonymous(): ReturnType<typeof createCaller>;
  /** Adds a staff member beyond the demo users (another office or municipality). */
  addUser(user: Omit<typeof schema.users.$inferInsert, "id">): Promise<SessionUser>;
}

/** A fresh database with the demo users, and tRPC callers acting as each of them. */
export async function createApiFixture(): Promise<ApiFixture> {
  const handle = await createTestDatabase();
  const rows = await handle.db.insert(schema.users).values(demoUserRows()).returning();
  const users = Object.fromEntries(rows.map((u) => [u.subject, u])) as Record<string, SessionUser>;
  let now = TODAY;
  const callerFor = (user: SessionUser | null) =>
    createCaller(createContext({ db: handle.db, user, now: () => now }));
  return {
    handle,
    users,
    setNow(next) {
      now = next;
    },
    as(subject) {
      const user = users[subject];
      if (!user) throw new Error(`no demo user ${subject}`);
      return callerFor(user);
    },
    anonymous: () => callerFor(null),
    async addUser(user) {
      const [row] = await handle.db.insert(schema.users).values(user).returning();
      if (!row) throw new Error("user insert returned nothing");
      users[row.subject] = row as SessionUser;
      return row as SessionUser;
    },
  };
}

/** Facts that make a person eligible for OPIS in Kalmar. */
export function eligibleFacts(overrides: Record<string, unknown> = {}) {
  return {
    gender: "woman" as const,
    birthDate: "1990-01-01",
    municipalityCode: "0880" as const,
    monthsRegisteredAtAf: 30,
    earlierSupportTried: true,
    labourMarketAssessmentDate: "2026-02-01",
    workAvailabilityPercent: 100,
    participatesOnSite: true,
    hasDisabilityReducingWorkCapacity: false,
    educationLevel: "2" as const,
    birthRegion: "outsideEurope" as const,
    languageLevel: 2,
    ...overrides,
  };
}

/**
 * A joint plan a save accepts (a goal, a planned step with who is responsible,
 * a review date), reviewed on `nextReviewDate`.
 */
export function completePlan(
  nextReviewDate: string,
  goal = "Ett arbete inom vården",
): JointPlanContent {
  return {
    ...EMPTY_JOINT_PLAN,
    goals: [{ id: "g1", text: goal }],
    items: [
      {
        id: "i1",
        description: "Språkträning SFI",
        activityType: "languageTraining",
        responsible: "kommun",
        reviewDate: null,
        status: "planned",
      },
    ],
    nextReviewDate,
  };
}

/** Eligible facts for the person with this number: birth date and gender as the number states. */
export function factsFor(personalIdentityNumber: string, overrides: Record<string, unknown> = {}) {
  const parsed = parsePersonalIdentityNumber(personalIdentityNumber, "2026-03-16");
  if (!parsed.ok) throw new Error(`not a valid test number: ${personalIdentityNumber}`);
  return eligibleFacts({
    gender: parsed.value.legalGender,
    birthDate: parsed.value.birthDate,
    ...overrides,
  });
}

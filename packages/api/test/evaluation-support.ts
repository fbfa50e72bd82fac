import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
import { appRouter } from "../src";
import { createContext, type SessionUser } from "../src/context";
import { createCallerFactory } from "../src/trpc";

/** The whole app router: the privacy test walks every procedure of it. */
export const evaluationRouter = appRouter;
const createCaller = createCallerFactory(evaluationRouter);

export const TODAY = new Date("2026-03-16T09:00:00+01:00");

export interface EvaluationFixture {
  handle: DatabaseHandle;
  evaluator: SessionUser;
  as(user: SessionUser): ReturnType<typeof createCaller>;
  users: SessionUser[];
}

/** A fresh database with ~80 demo participants as of 2026-03-16. */
export async function createEvaluationFixture(participants = 80): Promise<EvaluationFixture> {
  const handle = await createTestDatabase();
  await seedDemoData(handle.db, { participants, seed: 7, today: "2026-03-16" });
  const users = (await handle.db.select().from(schema.users)) as unknown as SessionUser[];
  const evaluator = users.find((u) => u.role === "evaluator");
  if (!evaluator) throw new Error("the demo data has no evaluator");
  return {
    handle,
    evaluator,
    users,
    as: (user) => createCaller(createContext({ db: handle.db, user, now: () => TODAY })),
  };
}

/** A comparison-group CSV with n rows, deterministic. */
export function comparisonCsv(n: number, seed = 1): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [
    "pseudonym,gender,birth_year,birth_region,education,disability,months_registered,municipality,reference_date,outcome_90",
  ];
  for (let i = 1; i <= n; i++) {
    lines.push(
      [
        `J${String(i).padStart(6, "0")}`,
        pick(["woman", "man"]),
        1960 + Math.floor(next() * 40),
        pick(["sweden", "outsideEurope", "outsideEurope", "euEfta", "restOfEurope"]),
        pick(["1", "2", "3", "4", "5", "6", "7", "US"]),
        pick(["yes", "no", "no", "no"]),
        24 + Math.floor(next() * 60),
        pick(["0680", "0880", "0686", "0662", "0883"]),
        "2025-09-01",
        pick(["unsubsidisedWork", "other", "other", "regularStudies", "other", "unknown"]),
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

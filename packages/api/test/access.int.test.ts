import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src";
import { createContext } from "../src/context";
import { createCallerFactory } from "../src/trpc";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("need-to-know", () => {
  let f: ApiFixture;
  let kalmarEnrolment: string;
  let vastervikEnrolment: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const enrol = async (pin: string, municipalityCode: "0880" | "0883", facts: object) => {
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: "Test",
        familyName: `Person ${municipalityCode}`,
      });
      const { enrolmentId } = await officer.intake.enrol({
        intakeId,
        facts: eligibleFacts({ ...facts, municipalityCode }),
        decision: { startDate: "2026-03-16", municipalityCode },
      });
      return enrolmentId;
    };
    kalmarEnrolment = await enrol(TEST_NUMBERS.woman1990, "0880", {});
    vastervikEnrolment = await enrol(TEST_NUMBERS.man1980, "0883", {
      gender: "man",
      birthDate: "1980-01-13",
    });
  });
  afterAll(() => f.handle.close());

  it("nothing is reachable without a session", async () => {
    const procedures = Object.keys(appRouter._def.procedures);
    expect(procedures.length).toBeGreaterThan(5);
    const anonymous = f.anonymous() as unknown as Record<
      string,
      Record<string, (i: unknown) => Promise<unknown>>
    >;
    for (const path of procedures) {
      const [area, name] = path.split(".") as [string, string];
      const call = anonymous[area]?.[name];
      expect(call, path).toBeTypeOf("function");
      expect(await codeOf(call!({})), path).toBe("UNAUTHORIZED");
    }
  });

  it("a coordinator in Kalmar lists only Kalmar participants", async () => {
    const list = await f.as("demo-coordinator-kalmar").participants.list({});
    expect(list.total).toBe(1);
    expect(list.items.map((i) => i.municipalityCode)).toEqual(["0880"]);
    const filtered = await f
      .as("demo-coordinator-kalmar")
      .participants.list({ municipalityCode: "0883" });
    expect(filtered.total).toBe(0);
  });

  it("a coordinator in Kalmar cannot fetch a Västervik participant", async () => {
    const kalmar = f.as("demo-coordinator-kalmar");
    expect(await codeOf(kalmar.participants.get({ enrolmentId: vastervikEnrolment }))).toBe(
      "NOT_FOUND",
    );
    expect((await kalmar.participants.get({ enrolmentId: kalmarEnrolment })).municipalityCode).toBe(
      "0880",
    );
    const vastervik = f.as("demo-coordinator-vastervik");
    expect(await codeOf(vastervik.participants.get({ enrolmentId: kalmarEnrolment }))).toBe(
      "NOT_FOUND",
    );
  });

  it("an officer sees their office's cases, not another office's", async () => {
    const kalmar = await f.as("demo-officer-kalmar").participants.list({ scope: "mine" });
    expect(kalmar.total).toBe(2);
    const jonkoping = await f.as("demo-officer-jonkoping").participants.list({ scope: "office" });
    expect(jonkoping.total).toBe(0);
    expect(
      await codeOf(
        f.as("demo-officer-jonkoping").participants.get({ enrolmentId: kalmarEnrolment }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("shows personal numbers masked only", async () => {
    const list = await f.as("demo-officer-kalmar").participants.list({});
    for (const item of list.items) {
      expect(item.maskedPin).toMatch(/^\d{8}-••••$/);
      expect(JSON.stringify(item)).not.toMatch(/\d{12}/);
    }
  });

  it("evaluators and admins reach no person-level procedure", async () => {
    for (const subject of ["demo-evaluator", "demo-admin"]) {
      const api = f.as(subject);
      expect(await codeOf(api.participants.list({}))).toBe("FORBIDDEN");
      expect(await codeOf(api.participants.get({ enrolmentId: kalmarEnrolment }))).toBe(
        "FORBIDDEN",
      );
      expect(
        await codeOf(api.intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 })),
      ).toBe("FORBIDDEN");
    }
  });

  it("case workers cannot read project statistics meant for evaluators", async () => {
    expect(await codeOf(f.as("demo-coordinator-kalmar").goals.summary({}))).toBe("FORBIDDEN");
  });

  it("the evaluator's goal summary carries no name or personal number, and suppresses small counts", async () => {
    // Figures stand on month ends: in April, March's enrolments are counted.
    const inApril = createCallerFactory(appRouter)(
      createContext({
        db: f.handle.db,
        user: f.users["demo-evaluator"]!,
        now: () => new Date("2026-04-02T09:00:00+02:00"),
      }),
    );
    const summary = await inApril.goals.summary({});
    const text = JSON.stringify(summary);
    for (const forbidden of ["Test", "Person 0880", TEST_NUMBERS.woman1990, "19900101", "900101"]) {
      expect(text).not.toContain(forbidden);
    }
    const enrolment = summary.goals.find((g) => g.kind === "enrolmentCount")!;
    expect(enrolment.numerator).toMatchObject({ value: null, suppressed: true });
    expect(enrolment.byGender.woman.numerator).toMatchObject({ value: null, suppressed: true });
    expect(enrolment.byGender.nonBinary.numerator).toMatchObject({ value: 0, suppressed: false });
    expect(summary.goals.map((g) => g.goalId)).toContain("completion");
  });
});

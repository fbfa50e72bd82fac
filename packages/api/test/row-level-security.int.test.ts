import { type Database, schema, scopedToCaller } from "@opis/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, createApiFixture, eligibleFacts, TEST_NUMBERS } from "./fixtures";

async function sqlstateOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    return cause.code ?? String(error);
  }
}

/**
 * Issue 10 item 4: a request's transactions run as the runtime role under
 * row-level security, so a query that forgot its WHERE clause still returns
 * only the caller's rows.
 */
describe("runtime role and row-level security", () => {
  let f: ApiFixture;
  let kalmarEnrolment: string;
  let jonkopingEnrolment: string;
  const as = (subject: string): Database => {
    const user = f.users[subject];
    if (!user) throw new Error(subject);
    return scopedToCaller(f.handle.db, user);
  };

  beforeAll(async () => {
    f = await createApiFixture();
    const enrol = async (
      officer: string,
      pin: string,
      municipalityCode: "0880" | "0680",
      facts: object,
    ) => {
      const api = f.as(officer);
      const { intakeId } = await api.intake.start({
        personalIdentityNumber: pin,
        givenName: "Test",
        familyName: municipalityCode,
      });
      return (
        await api.intake.enrol({
          intakeId,
          facts: eligibleFacts({ ...facts, municipalityCode }),
          decision: { startDate: "2026-03-16", municipalityCode },
        })
      ).enrolmentId;
    };
    kalmarEnrolment = await enrol("demo-officer-kalmar", TEST_NUMBERS.woman1990, "0880", {});
    jonkopingEnrolment = await enrol("demo-officer-jonkoping", TEST_NUMBERS.man1980, "0680", {
      gender: "man",
      birthDate: "1980-01-13",
    });
    await f.as("demo-coordinator-kalmar").notes.add({
      enrolmentId: kalmarEnrolment,
      note: { kind: "note", text: "Kalmar" },
    });
    await f.as("demo-officer-jonkoping").notes.add({
      enrolmentId: jonkopingEnrolment,
      note: { kind: "note", text: "Jönköping" },
    });
  });
  afterAll(() => f.handle.close());

  it("the owner sees every row (no scope: migrations, jobs, the CLI)", async () => {
    expect(await f.handle.db.$count(schema.enrolments)).toBe(2);
  });

  it("an unscoped query of an officer returns only their office's participations and notes", async () => {
    const rows = await as("demo-officer-kalmar").transaction((tx) =>
      tx.select().from(schema.enrolments),
    );
    expect(rows.map((r) => r.id)).toEqual([kalmarEnrolment]);
    const notes = await as("demo-officer-jonkoping").transaction((tx) =>
      tx.select().from(schema.caseNotes),
    );
    expect(notes.map((n) => n.text)).toEqual(["Jönköping"]);
    const intakes = await as("demo-officer-jonkoping").transaction((tx) =>
      tx.select().from(schema.intakes),
    );
    expect(intakes).toHaveLength(1);
  });

  it("a coordinator sees their municipality's participants and people only", async () => {
    const kalmar = as("demo-coordinator-kalmar");
    const people = await kalmar.transaction((tx) => tx.select().from(schema.people));
    expect(people.map((p) => p.familyName)).toEqual(["0880"]);
    const vastervik = as("demo-coordinator-vastervik");
    expect(await vastervik.transaction((tx) => tx.select().from(schema.enrolments))).toEqual([]);
    expect(await vastervik.transaction((tx) => tx.select().from(schema.people))).toEqual([]);
  });

  it("an evaluator reads participations (pseudonymous) but no one's name or number", async () => {
    const evaluator = as("demo-evaluator");
    expect(await evaluator.transaction((tx) => tx.select().from(schema.enrolments))).toHaveLength(
      2,
    );
    expect(await evaluator.transaction((tx) => tx.select().from(schema.people))).toEqual([]);
  });

  it("a write outside the caller's scope is refused by the database itself", async () => {
    const refused = await sqlstateOf(
      as("demo-coordinator-vastervik").transaction((tx) =>
        tx.insert(schema.caseNotes).values({
          enrolmentId: kalmarEnrolment,
          kind: "note",
          text: "smuggled",
          authorOrganisation: "kommun",
          authorUserId: f.users["demo-coordinator-vastervik"]?.id as string,
        }),
      ),
    );
    expect(refused).toBe("42501");
  });

  it("the runtime role has no DDL and cannot change or delete audit rows, even without the trigger", async () => {
    const officer = as("demo-officer-kalmar");
    const role = await officer.transaction((tx) => tx.execute(sql`select current_user as role`));
    expect((role as unknown as { rows: { role: string }[] }).rows[0]?.role).toBe("opis_runtime");
    expect(
      await sqlstateOf(officer.transaction((tx) => tx.execute(sql`create table smuggled (x int)`))),
    ).toBe("42501");
    for (const statement of [
      sql`alter table audit_events disable trigger user`,
      sql`update audit_events set action = 'x'`,
      sql`delete from audit_events`,
    ]) {
      expect(await sqlstateOf(officer.transaction((tx) => tx.execute(statement)))).toMatch(
        /^42(501|809)$/,
      );
    }
  });
});

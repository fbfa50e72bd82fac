import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const ACTIVITY = {
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

const GROUP_REQUEST = {
  activityType: "languageTraining" as const,
  description: "Språkstöd",
  hours: 10,
  enrolmentId: null,
  forWhom: "Tre deltagare",
  reason: "Behov",
};

/** Issue 10 item 1: every id from input is checked against the caller's scope. */
describe("scope everywhere", () => {
  let f: ApiFixture;
  let kalmarEnrolment: string;
  let jonkopingEnrolment: string;
  let kalmarRequest: string;
  let jonkopingRequest: string;

  beforeAll(async () => {
    f = await createApiFixture();
    await f.addUser({
      subject: "coordinator-jonkoping",
      name: "Petra Sandin",
      role: "coordinator",
      organisation: "kommun",
      office: null,
      municipalityCode: "0680",
    });
    const enrol = async (
      officerSubject: string,
      pin: string,
      municipalityCode: "0880" | "0680",
      facts: object,
    ) => {
      const officer = f.as(officerSubject);
      const { intakeId } = await officer.intake.start({
        personalIdentityNumber: pin,
        givenName: "Test",
        familyName: `Person ${municipalityCode}`,
      });
      return (
        await officer.intake.enrol({
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
    kalmarRequest = (
      await f
        .as("demo-coordinator-kalmar")
        .resourceRequests.create({ ...GROUP_REQUEST, enrolmentId: kalmarEnrolment })
    ).id as string;
    jonkopingRequest = (await f.as("coordinator-jonkoping").resourceRequests.create(GROUP_REQUEST))
      .id as string;
  });
  afterAll(() => f.handle.close());

  it("an officer lists only the requests of the municipalities their office serves", async () => {
    const kalmar = await f.as("demo-officer-kalmar").resourceRequests.list({});
    expect(kalmar.map((r) => r.id)).toEqual([kalmarRequest]);
    const jonkoping = await f.as("demo-officer-jonkoping").resourceRequests.list({});
    expect(jonkoping.map((r) => r.id)).toEqual([jonkopingRequest]);
  });

  it("an officer cannot decide another office's request: NOT_FOUND, and the request is unchanged", async () => {
    const jonkoping = f.as("demo-officer-jonkoping");
    expect(
      await codeOf(
        jonkoping.resourceRequests.transition({
          id: kalmarRequest,
          transition: { to: "accepted" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(jonkoping.resourceRequests.activities({ id: kalmarRequest }))).toBe(
      "NOT_FOUND",
    );
    const [request] = (await f.as("demo-officer-kalmar").resourceRequests.list({})).filter(
      (r) => r.id === kalmarRequest,
    );
    expect(request?.status).toBe("submitted");
  });

  it("project management reads every request but decides none", async () => {
    const admin = f.as("demo-admin");
    expect((await admin.resourceRequests.list({})).map((r) => r.id).sort()).toEqual(
      [kalmarRequest, jonkopingRequest].sort(),
    );
    expect(
      await codeOf(
        admin.resourceRequests.transition({ id: kalmarRequest, transition: { to: "accepted" } }),
      ),
    ).toBe("FORBIDDEN");
    expect(await admin.resourceRequests.activities({ id: kalmarRequest })).toEqual([]);
  });

  it("an activity cannot be attached to another municipality's request, nor to an unknown one (no 500)", async () => {
    const kalmar = f.as("demo-coordinator-kalmar");
    expect(
      await codeOf(
        kalmar.activities.create({
          enrolmentId: kalmarEnrolment,
          activity: ACTIVITY,
          resourceRequestId: jonkopingRequest,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        kalmar.activities.create({
          enrolmentId: kalmarEnrolment,
          activity: ACTIVITY,
          resourceRequestId: crypto.randomUUID(),
        }),
      ),
    ).toBe("NOT_FOUND");
    const { id } = await kalmar.activities.create({
      enrolmentId: kalmarEnrolment,
      activity: ACTIVITY,
      resourceRequestId: kalmarRequest,
    });
    expect(await kalmar.resourceRequests.activities({ id: kalmarRequest })).toEqual([
      expect.objectContaining({ id }),
    ]);
  });

  it("a coordinator cannot attach their activity to a request of a municipality they do not serve", async () => {
    expect(
      await codeOf(
        f.as("coordinator-jonkoping").activities.create({
          enrolmentId: jonkopingEnrolment,
          activity: ACTIVITY,
          resourceRequestId: kalmarRequest,
        }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("the look-up answers three ways and never names another office's participant", async () => {
    const jonkoping = f.as("demo-officer-jonkoping");
    const elsewhere = await jonkoping.intake.lookupPerson({
      personalIdentityNumber: TEST_NUMBERS.woman1990,
    });
    expect(elsewhere).toEqual({ standing: "activeElsewhere" });
    const text = JSON.stringify(elsewhere);
    expect(text).not.toContain("Test");
    expect(text).not.toContain(kalmarEnrolment);

    const known = await f
      .as("demo-officer-kalmar")
      .intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 });
    expect(known).toMatchObject({
      standing: "knownToOffice",
      activeEnrolmentId: kalmarEnrolment,
      person: { givenName: "Test" },
    });

    expect(
      await jonkoping.intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.man1970 }),
    ).toEqual({ standing: "notKnown" });
  });

  it("look-ups and searches are audited with what was searched, also when nothing is found", async () => {
    await f.as("demo-officer-jonkoping").intake.lookupPerson({
      personalIdentityNumber: TEST_NUMBERS.man1986,
    });
    await f.as("demo-officer-kalmar").participants.list({ search: "zzz-nobody" });
    const rows = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .orderBy(desc(schema.auditEvents.id))
      .limit(2);
    expect(rows[1]).toMatchObject({
      action: "person.lookup",
      details: { searched: TEST_NUMBERS.man1986, standing: "notKnown" },
    });
    expect(rows[0]).toMatchObject({
      action: "participant.list",
      details: { search: "zzz-nobody", rows: 0 },
    });
  });

  it("project management searches the log by person; searched numbers are shown masked", async () => {
    const known = await f
      .as("demo-officer-kalmar")
      .intake.lookupPerson({ personalIdentityNumber: TEST_NUMBERS.woman1990 });
    const personId = known.standing === "knownToOffice" ? known.person.id : "";
    const { items } = await f.as("demo-admin").audit.search({ filter: { personId } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.personIds.includes(personId))).toBe(true);
    const lookups = items.filter((i) => i.action === "person.lookup");
    expect(lookups.map((i) => i.actorName)).toContain("Erik Johansson");
    expect(JSON.stringify(items)).not.toContain(TEST_NUMBERS.woman1990);
    expect(lookups[0]?.details).toMatchObject({ searched: "19900101-••••" });
    expect(await f.as("demo-admin").audit.verify()).toMatchObject({ firstBreak: null });
  });

  it("a refused attempt leaves its own audit row naming the procedure, the reason and the ids", async () => {
    await codeOf(
      f
        .as("demo-officer-jonkoping")
        .resourceRequests.transition({ id: kalmarRequest, transition: { to: "accepted" } }),
    );
    await codeOf(f.as("demo-evaluator").participants.get({ enrolmentId: kalmarEnrolment }));
    const rows = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .orderBy(desc(schema.auditEvents.id))
      .limit(2);
    expect(rows[1]).toMatchObject({
      action: "access.refused",
      actorUserId: f.users["demo-officer-jonkoping"]?.id,
      subjectId: "resourceRequests.transition",
      details: {
        code: "NOT_FOUND",
        reason: "errors.resourceRequest.notFound",
        ids: { id: kalmarRequest },
      },
    });
    expect(rows[0]).toMatchObject({
      action: "access.refused",
      subjectId: "participants.get",
      details: { code: "FORBIDDEN", ids: { enrolmentId: kalmarEnrolment } },
    });
  });
});

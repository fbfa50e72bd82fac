import { createSession, findSessionUser, schema } from "@opis/db";
import type { UserAccount } from "@opis/domain";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../src/context";
import { type ApiFixture, createApiFixture, factsFor, TEST_NUMBERS } from "./fixtures";

/**
 * Issue 13, item 3: the administrator's users and caseloads. Each write is
 * audited, a deactivated user's sessions end at once, and a case's new owner
 * finds it on their to-do list.
 */
describe("users, roles and caseloads", () => {
  let f: ApiFixture;
  let projectIds: string[];
  const admin = () => f.as("demo-admin");

  async function enrol(key: keyof typeof TEST_NUMBERS) {
    const officer = f.as("demo-officer-kalmar");
    const pin = TEST_NUMBERS[key];
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: pin,
      givenName: "Ella",
      familyName: "Test",
    });
    const { enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts: factsFor(pin),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    });
    return enrolmentId;
  }

  function account(overrides: Partial<UserAccount> = {}): UserAccount {
    return {
      subject: null,
      name: "Sara Holm",
      email: "sara.holm@example.kalmar.se",
      role: "coordinator",
      organisation: "kommun",
      office: null,
      municipalityCode: "0880",
      projectIds,
      ...overrides,
    };
  }

  /** A caller acting as the user the console created. */
  function callerFor(user: { id: string }, key: string) {
    return (async () => {
      const [row] = await f.handle.db
        .select()
        .from(schema.users)
        .where(eq(schema.users.id, user.id));
      f.users[key] = row as SessionUser;
      return f.as(key);
    })();
  }

  async function auditActions(subjectId: string) {
    const rows = await f.handle.db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, subjectId));
    return rows.map((r) => r.action);
  }

  async function fieldErrorsOf(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    const cause = (error as TRPCError).cause as { fieldErrors?: Record<string, string[]> };
    return cause.fieldErrors ?? {};
  }

  beforeAll(async () => {
    f = await createApiFixture();
    projectIds = [...(f.users["demo-admin"]?.projectIds ?? [])];
  });
  afterAll(async () => {
    await f.handle.close();
  });

  it("creates a coordinator, lists and searches users, and audits it", async () => {
    const created = await admin().users.create({ account: account() });
    expect(created).toMatchObject({
      role: "coordinator",
      municipalityCode: "0880",
      claimed: false,
    });
    expect(await auditActions(created.id)).toContain("users.create");
    const found = await admin().users.list({ search: "sara" });
    expect(found.map((u) => u.name)).toEqual(["Sara Holm"]);
    const byRole = await admin().users.list({ sort: "role" });
    expect(byRole.map((u) => u.role)).toEqual([...byRole.map((u) => u.role)].sort());
    // The coordinator sees only their municipality's participants.
    const coordinator = await callerFor(created, "sara");
    const caseload = await coordinator.participants.list({});
    expect(caseload.items.every((p) => p.municipalityCode === "0880")).toBe(true);
  });

  it("refuses an account outside the project's municipalities, naming the field", async () => {
    const errors = await fieldErrorsOf(
      admin().users.create({
        account: account({ email: "annan@example.se", municipalityCode: "0180" }),
      }),
    );
    expect(errors).toEqual({
      "account.municipalityCode": ["validation.user.municipalityCode.notInProject"],
    });
    const taken = await fieldErrorsOf(admin().users.create({ account: account() }));
    expect(taken).toEqual({ "account.email": ["validation.user.email.taken"] });
  });

  it("updates a user's role and scope, audited", async () => {
    const user = await admin().users.create({
      account: account({
        name: "Per Ek",
        email: "per.ek@example.af.se",
        role: "evaluator",
        organisation: "af",
        municipalityCode: null,
      }),
    });
    const updated = await admin().users.update({
      userId: user.id,
      account: account({
        name: "Per Ek",
        email: "per.ek@example.af.se",
        role: "officer",
        organisation: "af",
        office: "Kalmar",
        municipalityCode: null,
      }),
    });
    expect(updated).toMatchObject({ role: "officer", office: "Kalmar" });
    expect(await auditActions(user.id)).toContain("users.update");
  });

  it("deactivating a user ends their existing session at once", async () => {
    const user = await admin().users.create({
      account: account({ name: "Lena Sjö", email: "lena.sjo@example.kalmar.se" }),
    });
    const now = new Date("2026-03-16T09:00:00Z");
    await createSession(f.handle.db, {
      tokenHash: "a".repeat(64),
      userId: user.id,
      expiresAt: new Date("2026-03-16T17:00:00Z"),
      now,
    });
    expect(await findSessionUser(f.handle.db, "a".repeat(64), now)).toBeDefined();
    const result = await admin().users.deactivate({ userId: user.id });
    expect(result.sessionsEnded).toBe(1);
    expect(await findSessionUser(f.handle.db, "a".repeat(64), now)).toBeUndefined();
    expect(await auditActions(user.id)).toContain("users.deactivate");
    const listed = await admin().users.list({ search: "Lena" });
    expect(listed[0]?.active).toBe(false);
    // An administrator cannot lock themselves out.
    const self = await fieldErrorsOf(
      admin().users.deactivate({ userId: f.users["demo-admin"]?.id ?? "" }),
    );
    expect(self).toEqual({ userId: ["validation.user.deactivate.self"] });
  });

  it("reassigns one participant's officer; the new officer sees a handover on their to-do list", async () => {
    const enrolmentId = await enrol("woman1990");
    const newOfficer = await admin().users.create({
      account: account({
        name: "Olof Strand",
        email: "olof.strand@example.af.se",
        role: "officer",
        organisation: "af",
        office: "Kalmar",
        municipalityCode: null,
      }),
    });
    await admin().users.reassignOfficer({ enrolmentId, officerUserId: newOfficer.id });
    const [row] = await f.handle.db
      .select({ officer: schema.enrolments.officerUserId, office: schema.enrolments.office })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(row).toEqual({ officer: newOfficer.id, office: "Kalmar" });
    const olof = await callerFor(newOfficer, "olof");
    const todo = await olof.todo.list({ scope: "mine" });
    expect(todo.handovers.map((h) => h.enrolmentId)).toEqual([enrolmentId]);
    expect(await auditActions(enrolmentId)).toContain("users.reassignOfficer");
    // Opening the participant's messages clears the item.
    await olof.notes.list({ enrolmentId });
    expect((await olof.todo.list({ scope: "mine" })).handovers).toEqual([]);
  });

  it("refuses a reassignment to an inactive user or one of the wrong role or scope", async () => {
    const enrolmentId = await enrol("woman1990b");
    const gone = await admin().users.create({
      account: account({
        name: "Gun Berg",
        email: "gun.berg@example.af.se",
        role: "officer",
        organisation: "af",
        office: "Kalmar",
        municipalityCode: null,
      }),
    });
    await admin().users.deactivate({ userId: gone.id });
    expect(
      await fieldErrorsOf(admin().users.reassignOfficer({ enrolmentId, officerUserId: gone.id })),
    ).toEqual({ officerUserId: ["validation.user.owner.inactive"] });
    const coordinatorId = f.users["demo-coordinator-kalmar"]?.id ?? "";
    expect(
      await fieldErrorsOf(
        admin().users.reassignOfficer({ enrolmentId, officerUserId: coordinatorId }),
      ),
    ).toEqual({ officerUserId: ["validation.user.owner.wrongRole"] });
    const vastervik = f.users["demo-coordinator-vastervik"]?.id ?? "";
    expect(
      await fieldErrorsOf(
        admin().users.assignCoordinator({ enrolmentId, coordinatorUserId: vastervik }),
      ),
    ).toEqual({ coordinatorUserId: ["validation.user.owner.otherMunicipality"] });
    expect(
      await fieldErrorsOf(
        admin().users.reassignCaseload({
          fromUserId: f.users["demo-officer-kalmar"]?.id ?? "",
          toUserId: gone.id,
        }),
      ),
    ).toEqual({ toUserId: ["validation.user.owner.inactive"] });
  });

  it("assigns a coordinator, who is told through their to-do list", async () => {
    const enrolmentId = await enrol("man1991");
    const coordinator = f.users["demo-coordinator-kalmar"];
    await admin().users.assignCoordinator({
      enrolmentId,
      coordinatorUserId: coordinator?.id ?? "",
    });
    const [row] = await f.handle.db
      .select({ coordinator: schema.enrolments.coordinatorUserId })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.id, enrolmentId));
    expect(row?.coordinator).toBe(coordinator?.id);
    const todo = await f.as("demo-coordinator-kalmar").todo.list({});
    expect(todo.handovers.map((h) => h.enrolmentId)).toContain(enrolmentId);
    expect(await auditActions(enrolmentId)).toContain("users.assignCoordinator");
  });

  it("reassigns a whole caseload to another officer, each case on their to-do list", async () => {
    const from = f.users["demo-officer-kalmar"]?.id ?? "";
    const to = await admin().users.create({
      account: account({
        name: "Kim Lund",
        email: "kim.lund@example.af.se",
        role: "officer",
        organisation: "af",
        office: "Kalmar",
        municipalityCode: null,
      }),
    });
    const active = await f.handle.db
      .select({ id: schema.enrolments.id })
      .from(schema.enrolments)
      .where(
        and(eq(schema.enrolments.officerUserId, from), eq(schema.enrolments.status, "active")),
      );
    expect(active.length).toBeGreaterThan(0);
    const result = await admin().users.reassignCaseload({ fromUserId: from, toUserId: to.id });
    expect(result.moved).toBe(active.length);
    const kim = await callerFor(to, "kim");
    const todo = await kim.todo.list({ scope: "mine" });
    expect(new Set(todo.handovers.map((h) => h.enrolmentId))).toEqual(
      new Set(active.map((a) => a.id)),
    );
    expect(await auditActions(from)).toContain("users.reassignCaseload");
    const left = await f.handle.db
      .select({ id: schema.enrolments.id })
      .from(schema.enrolments)
      .where(
        and(eq(schema.enrolments.officerUserId, from), eq(schema.enrolments.status, "active")),
      );
    expect(left).toEqual([]);
  });

  it("shows the project's offices read-only", async () => {
    const offices = await admin().users.offices({});
    expect(offices.municipalities).toContain("0880");
  });
});

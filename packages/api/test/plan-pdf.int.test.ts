import { schema } from "@opis/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiFixture,
  completePlan,
  createApiFixture,
  factsFor,
  TEST_NUMBERS,
} from "./fixtures";
import { pdfText } from "./pdf-text";

// The plan on paper (issue 14): the participant's PDF says what the plan screen says.
describe("plans.pdf", () => {
  let f: ApiFixture;
  let enrolmentId: string;

  beforeAll(async () => {
    f = await createApiFixture();
    const officer = f.as("demo-officer-kalmar");
    const { intakeId } = await officer.intake.start({
      personalIdentityNumber: TEST_NUMBERS.man1986,
      givenName: "Örjan",
      familyName: "Åkesson",
    });
    ({ enrolmentId } = await officer.intake.enrol({
      intakeId,
      facts: factsFor(TEST_NUMBERS.man1986),
      decision: { startDate: "2026-03-16", municipalityCode: "0880" },
    }));
    await officer.plans.save({
      enrolmentId,
      basedOnVersion: 0,
      content: completePlan("2026-05-12", "Ett arbete inom äldrevården"),
    });
  });
  afterAll(() => f.handle.close());

  it("is a tagged Swedish PDF with the plan's goal, activity and review date", async () => {
    const file = await f.as("demo-officer-kalmar").plans.pdf({ enrolmentId });
    expect(file).toMatchObject({
      fileName: "gemensam-planering-2026-03-16.pdf",
      mimeType: "application/pdf",
    });
    const data = Buffer.from(file.base64, "base64");
    expect(data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const raw = data.toString("latin1");
    expect(raw).toContain("/Lang (sv-SE)");
    expect(raw).toContain("/StructTreeRoot");
    const text = pdfText(data);
    expect(text).toContain("Örjan Åkesson");
    expect(text).toContain("Ett arbete inom äldrevården");
    expect(text).toContain("Språkträning SFI");
    expect(text).toContain("Ansvarig: Kommunen");
    expect(text).toContain("12 maj 2026");
    expect(text).toContain("Version 1");
  });

  it("is audited as a read of the person's plan", async () => {
    await f.as("demo-coordinator-kalmar").plans.pdf({ enrolmentId });
    const rows = await f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "plan.print"));
    expect(rows.map((r) => r.subjectId)).toEqual([enrolmentId, enrolmentId]);
    expect(rows.every((r) => r.personIds.length === 1)).toBe(true);
  });

  it("is NOT_FOUND for a caller outside the scope", async () => {
    for (const subject of ["demo-officer-jonkoping", "demo-coordinator-vastervik"]) {
      const error = await f
        .as(subject)
        .plans.pdf({ enrolmentId })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("NOT_FOUND");
    }
  });
});

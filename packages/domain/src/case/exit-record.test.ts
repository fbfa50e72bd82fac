import { describe, expect, test } from "vitest";
import {
  type ExitRecord,
  ExitRecordSchema,
  exitRecordSchemaFor,
  validateExit,
} from "./exit-record";

const base: ExitRecord = {
  exitDate: "2026-05-01",
  reason: "completed",
  status: "jobSeeking",
  gainedQualification: false,
};
const context = { startDate: "2026-01-10", today: "2026-06-01" };

describe("validateExit", () => {
  const cases: { name: string; exit: Partial<ExitRecord>; expected: string[] }[] = [
    { name: "a completed exit in the past is valid", exit: {}, expected: [] },
    {
      name: "before the start",
      exit: { exitDate: "2026-01-09" },
      expected: ["validation.exit.exitDate.beforeStart"],
    },
    { name: "on the start day is allowed", exit: { exitDate: "2026-01-10" }, expected: [] },
    {
      name: "in the future",
      exit: { exitDate: "2026-06-02" },
      expected: ["validation.exit.exitDate.future"],
    },
    {
      name: "dropped out for work but job seeking",
      exit: { reason: "droppedOutWork", status: "jobSeeking" },
      expected: ["validation.exit.status.contradictsReason"],
    },
    {
      name: "dropped out for work, employed",
      exit: { reason: "droppedOutWork", status: "employed" },
      expected: [],
    },
    {
      name: "dropped out for studies but employed",
      exit: { reason: "droppedOutStudies", status: "employed" },
      expected: ["validation.exit.status.contradictsReason"],
    },
    {
      name: "dropped out, unknown reason, any status",
      exit: { reason: "droppedOutUnknown", status: "other" },
      expected: [],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      expect(validateExit({ ...base, ...tc.exit }, context).map((e) => e.messageKey)).toEqual(
        tc.expected,
      );
    });
  }
});

describe("ExitRecordSchema", () => {
  test("requires the ESF+ qualification answer", () => {
    const { gainedQualification: _omit, ...rest } = base;
    const result = ExitRecordSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.exit.gainedQualification.required");
  });
});

describe("an exit under the project's own categories", () => {
  const project = {
    id: "own",
    exitStatuses: [
      { id: "work", name: { sv: "Arbete", en: "Work" }, counts: "work", esf: "employment" },
      {
        id: "seeking",
        name: { sv: "Söker", en: "Seeking" },
        counts: "neither",
        esf: "jobSearching",
      },
    ],
  } as const;
  const own = { ...base, status: "work", exitDate: "2026-05-01" };
  test("its statuses are valid, the standard ones are not", () => {
    expect(validateExit(own, { ...context, project })).toEqual([]);
    expect(validateExit({ ...own, status: "employed" }, { ...context, project })).toEqual([
      { field: "status", messageKey: "validation.exit.status.notInProject" },
    ]);
  });
  test("leaving for work needs a status that counts as work", () => {
    expect(
      validateExit(
        { ...own, reason: "droppedOutWork", status: "seeking" },
        { ...context, project },
      ),
    ).toEqual([{ field: "status", messageKey: "validation.exit.status.contradictsReason" }]);
    expect(validateExit({ ...own, reason: "droppedOutWork" }, { ...context, project })).toEqual([]);
  });
  test("the form schema offers exactly the project's statuses", () => {
    const schema = exitRecordSchemaFor(project);
    expect(schema.safeParse(own).success).toBe(true);
    expect(schema.safeParse({ ...own, status: "employed" }).success).toBe(false);
  });
});

import { ExitRecordSchema, validateExit } from "@opis/domain";
import { describe, expect, test } from "vitest";
import { checkForm, serverSummaryErrors } from "./form-errors";

const FIELD_IDS = {
  exitDate: "exit-date",
  reason: "exit-reason",
  status: "exit-status",
  gainedQualification: "exit-qualification",
  note: "exit-note",
};
const translate = (key: string) => `t(${key})`;
const rules = (exit: Parameters<typeof validateExit>[0]) =>
  validateExit(exit, { startDate: "2026-01-01", today: "2026-06-01" });

describe("form errors", () => {
  test("schema issues: one per field, required worded per field, in the order of the form", () => {
    const { errors, data } = checkForm({
      parsed: ExitRecordSchema.safeParse({ exitDate: "x", status: "nope" }),
      rules,
      fieldIds: FIELD_IDS,
      requiredKeys: { reason: "case.exit.reasonRequired" },
      translate,
    });
    expect(data).toBeNull();
    expect(errors.map((e) => e.id)).toEqual([
      "exit-date",
      "exit-reason",
      "exit-status",
      "exit-qualification",
    ]);
    expect(errors[1]?.message).toBe("t(case.exit.reasonRequired)");
  });

  test("a value that parses: the domain's rules decide, and data only when nothing is wrong", () => {
    const valid = {
      exitDate: "2026-05-01",
      reason: "completed",
      status: "employed",
      gainedQualification: false,
    };
    const ok = checkForm({
      parsed: ExitRecordSchema.safeParse(valid),
      rules,
      fieldIds: FIELD_IDS,
      translate,
    });
    expect(ok.errors).toEqual([]);
    expect(ok.data).toMatchObject(valid);
    const early = checkForm({
      parsed: ExitRecordSchema.safeParse({ ...valid, exitDate: "2025-12-01" }),
      rules,
      fieldIds: FIELD_IDS,
      translate,
    });
    expect(early.data).toBeNull();
    expect(early.errors.map((e) => e.id)).toEqual(["exit-date"]);
  });

  test("a server rejection: the form's message first, then each field at its id without the prefix", () => {
    const error = {
      data: { messageKey: "errors.validation", fieldErrors: { "exit.note": ["a"], other: ["b"] } },
    };
    expect(serverSummaryErrors(error, "exit", FIELD_IDS, translate)).toEqual([
      { id: "", message: "t(errors.validation)" },
      { id: "exit-note", message: "t(a)" },
      { id: "", message: "t(b)" },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { type DecisionValues, emptyDecision, restoreDecision } from "./decision-values";
import { draftEntriesOf, restoreFacts } from "./facts";

const TODAY = "2026-03-16";

describe("a draft keeps what was entered, even incomplete", () => {
  test('"Ja" on the assessment question with no date yet survives save and reload', () => {
    const typed = { monthsRegisteredAtAf: 30, labourMarketAssessmentDate: "" };
    const entries = draftEntriesOf(typed, emptyDecision(TODAY, ""));
    expect(entries.labourMarketAssessmentDate).toBe("");
    const reloaded = restoreFacts({ monthsRegisteredAtAf: 30 }, entries);
    expect(reloaded.labourMarketAssessmentDate).toBe("");
  });

  test("a half-typed assessment date survives too; a valid one is a fact, not an entry", () => {
    const entries = draftEntriesOf(
      { labourMarketAssessmentDate: "2025-1" },
      emptyDecision(TODAY, ""),
    );
    expect(restoreFacts({}, entries).labourMarketAssessmentDate).toBe("2025-1");
    const valid = draftEntriesOf(
      { labourMarketAssessmentDate: "2025-10-01" },
      emptyDecision(TODAY, ""),
    );
    expect(valid.labourMarketAssessmentDate).toBeUndefined();
    expect(restoreFacts({ labourMarketAssessmentDate: null }, {}).labourMarketAssessmentDate).toBe(
      null,
    );
  });

  test("the decision survives save and reload", () => {
    const decision: DecisionValues = {
      ...emptyDecision(TODAY, ""),
      kind: "decline",
      reason: "notInterested",
      note: "Vill vänta",
    };
    const entries = draftEntriesOf({}, decision);
    expect(restoreDecision(emptyDecision("2026-04-01", ""), entries)).toEqual(decision);
    // Nothing saved: the empty decision of today.
    expect(restoreDecision(emptyDecision(TODAY, "0880"), {})).toEqual(emptyDecision(TODAY, "0880"));
  });
});

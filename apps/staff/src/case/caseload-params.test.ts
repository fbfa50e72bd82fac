import { describe, expect, test } from "vitest";
import { parseNextAction, readCaseloadParams, writeCaseloadParams } from "./caseload-params";

describe("caseload params", () => {
  test("defaults when the URL says nothing, and nothing written back", () => {
    const state = readCaseloadParams(new URLSearchParams());
    expect(state).toEqual({
      search: "",
      status: undefined,
      unread: false,
      sort: "name",
      direction: "asc",
      page: 1,
      municipalityCode: undefined,
      nextAction: undefined,
      priorityGroup: undefined,
      scope: "mine",
    });
    expect(writeCaseloadParams(state).toString()).toBe("");
  });

  test("the next-step filter and the due-date sort round-trip through the URL", () => {
    const url = "status=active&kommun=0880&steg=reviewPlan&scope=office&sort=nextActionDue&page=2";
    const state = readCaseloadParams(new URLSearchParams(url));
    expect(state).toMatchObject({
      status: "active",
      municipalityCode: "0880",
      nextAction: "reviewPlan",
      scope: "office",
      sort: "nextActionDue",
      page: 2,
    });
    expect(writeCaseloadParams(state).toString()).toBe(url);
  });

  test("the unread and priority-group filters round-trip through the URL", () => {
    const url = "olast=1&prio=womenBornOutsideEurope25Plus";
    const state = readCaseloadParams(new URLSearchParams(url));
    expect(state).toMatchObject({ unread: true, priorityGroup: "womenBornOutsideEurope25Plus" });
    expect(writeCaseloadParams(state).toString()).toBe(url);
    expect(readCaseloadParams(new URLSearchParams("prio=any")).priorityGroup).toBe("any");
    expect(readCaseloadParams(new URLSearchParams("prio=no%20such")).priorityGroup).toBe(undefined);
  });

  test("every kind of next step is a filter; anything else is no filter", () => {
    for (const kind of ["writePlan", "reviewPlan", "recordFollowUp", "none"] as const) {
      expect(readCaseloadParams(new URLSearchParams(`steg=${kind}`)).nextAction).toBe(kind);
    }
    expect(readCaseloadParams(new URLSearchParams("steg=callParticipant")).nextAction).toBe(
      undefined,
    );
    expect(parseNextAction("")).toBe(undefined);
    expect(parseNextAction(null)).toBe(undefined);
  });

  test("changing the filter goes back to the first page, clearing it leaves no trace", () => {
    const state = readCaseloadParams(new URLSearchParams("steg=writePlan&page=3"));
    expect(
      writeCaseloadParams({ ...state, page: 1, nextAction: "recordFollowUp" }).toString(),
    ).toBe("steg=recordFollowUp");
    expect(writeCaseloadParams({ ...state, page: 1, nextAction: undefined }).toString()).toBe("");
  });
});

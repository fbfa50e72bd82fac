import { describe, expect, test } from "vitest";
import {
  PARTICIPANT_SORTS,
  readParticipantListParams,
  writeParticipantListParams,
} from "./participant-list-params";

describe("participant list params", () => {
  test("defaults when the URL says nothing", () => {
    expect(readParticipantListParams(new URLSearchParams())).toEqual({
      search: "",
      status: undefined,
      unread: false,
      sort: "name",
      direction: "asc",
      page: 1,
    });
    expect(
      writeParticipantListParams(readParticipantListParams(new URLSearchParams())).toString(),
    ).toBe("");
  });

  test("unknown values fall back to the defaults", () => {
    const state = readParticipantListParams(
      new URLSearchParams("status=gone&sort=pin&dir=up&page=-2"),
    );
    expect(state).toMatchObject({ status: undefined, sort: "name", direction: "asc", page: 1 });
    expect(readParticipantListParams(new URLSearchParams("page=1.5")).page).toBe(1);
  });

  test("round-trips through the URL, an app's own filters after status", () => {
    const url = "q=Ann&status=exited&olast=1&kommun=0880&sort=startDate&dir=desc&page=3";
    const state = readParticipantListParams(new URLSearchParams(url));
    expect(state).toEqual({
      search: "Ann",
      status: "exited",
      unread: true,
      sort: "startDate",
      direction: "desc",
      page: 3,
    });
    expect(writeParticipantListParams(state, { kommun: "0880", scope: undefined }).toString()).toBe(
      url,
    );
  });
});

describe("an app's own sorts", () => {
  test("a sort the list does not offer falls back to the name", () => {
    const params = new URLSearchParams("sort=nextActionDue&dir=desc");
    expect(readParticipantListParams(params)).toMatchObject({ sort: "name", direction: "desc" });
  });

  test("the sorts an app passes are read and written back", () => {
    const params = new URLSearchParams("sort=nextActionDue&dir=desc");
    const state = readParticipantListParams(params, [...PARTICIPANT_SORTS, "nextActionDue"]);
    expect(state).toMatchObject({ sort: "nextActionDue", direction: "desc" });
    expect(writeParticipantListParams(state).toString()).toBe("sort=nextActionDue&dir=desc");
  });
});

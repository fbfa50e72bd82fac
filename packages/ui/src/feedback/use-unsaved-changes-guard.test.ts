import { describe, expect, test } from "vitest";
import { guardUnload, leavesPage, preventUnload } from "./use-unsaved-changes-guard";

const at = (pathname: string, search = "") => ({ pathname, search });

describe("leavesPage", () => {
  test("another path leaves the page", () => {
    expect(leavesPage(at("/narvaro/2026-11-16"), at("/narvaro/2026-11-23"))).toBe(true);
    expect(leavesPage(at("/narvaro"), at("/"))).toBe(true);
  });

  test("other query parameters leave the page", () => {
    expect(leavesPage(at("/", "?page=1"), at("/", "?page=2"))).toBe(true);
  });

  test("the same path and query stay, whatever the hash", () => {
    expect(leavesPage(at("/narvaro/2026-11-16"), at("/narvaro/2026-11-16"))).toBe(false);
    const anchor = { pathname: "/", search: "?q=a", hash: "#summary" };
    expect(leavesPage(at("/", "?q=a"), anchor)).toBe(false);
  });
});

describe("beforeunload", () => {
  const unload = () => new Event("beforeunload", { cancelable: true });

  test("preventUnload asks the browser to confirm", () => {
    const event = unload();
    preventUnload(event);
    expect(event.defaultPrevented).toBe(true);
  });

  test("guardUnload prompts while on and stops when its cleanup runs", () => {
    const target = new EventTarget();
    const stop = guardUnload(target);
    const guarded = unload();
    target.dispatchEvent(guarded);
    expect(guarded.defaultPrevented).toBe(true);

    stop();
    const free = unload();
    target.dispatchEvent(free);
    expect(free.defaultPrevented).toBe(false);
  });

  test("an unguarded target lets the tab close", () => {
    const target = new EventTarget();
    const event = unload();
    target.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});

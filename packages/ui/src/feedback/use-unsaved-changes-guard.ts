import { useCallback, useEffect } from "react";
import { type BlockerFunction, useBlocker } from "react-router";

/** The parts of a router location that decide whether a navigation leaves the page. */
export interface PageAddress {
  pathname: string;
  search: string;
}

/**
 * Whether going from `current` to `next` leaves the page, so that unsaved
 * changes would be lost: another path or other query parameters. A jump to an
 * anchor on the same page (only the hash differs) stays.
 */
export function leavesPage(current: PageAddress, next: PageAddress): boolean {
  return current.pathname !== next.pathname || current.search !== next.search;
}

/** A beforeunload listener that asks the browser to confirm closing or reloading the tab. */
export function preventUnload(event: Event): void {
  event.preventDefault();
  // Chrome before 119 shows the prompt only when the legacy returnValue is set
  // (Reflect.set: a no-op, not a throw, where the property is read-only).
  Reflect.set(event, "returnValue", true);
}

/** Listens for beforeunload on `target` (the window); returns the function that stops. */
export function guardUnload(target: EventTarget): () => void {
  target.addEventListener("beforeunload", preventUnload);
  return () => target.removeEventListener("beforeunload", preventUnload);
}

export interface UnsavedChangesGuard {
  /** A navigation is held back and waits for the user: show the confirmation. */
  asking: boolean;
  /** Leave without saving: the held navigation goes ahead. */
  leave: () => void;
  /** Stay on the page: the held navigation is cancelled. */
  stay: () => void;
}

/**
 * Keeps the user from losing unsaved changes. While `unsaved` is true, an
 * in-app navigation that leaves the page (a link, the back button) is held
 * and `asking` turns true, so the screen can show a confirmation that calls
 * `leave` or `stay`; closing or reloading the tab gets the browser's own
 * prompt. When `unsaved` turns false (saved, discarded) the guard is off.
 *
 * Needs a data router (createBrowserRouter + RouterProvider), as react-router's
 * useBlocker does.
 */
export function useUnsavedChangesGuard(unsaved: boolean): UnsavedChangesGuard {
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => unsaved && leavesPage(currentLocation, nextLocation),
    [unsaved],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!unsaved) return;
    return guardUnload(window);
  }, [unsaved]);

  // Saved or discarded while the question was open: nothing left to protect.
  useEffect(() => {
    if (blocker.state === "blocked" && !unsaved) blocker.reset();
  }, [blocker, unsaved]);

  return {
    asking: blocker.state === "blocked",
    leave: () => {
      if (blocker.state === "blocked") blocker.proceed();
    },
    stay: () => {
      if (blocker.state === "blocked") blocker.reset();
    },
  };
}

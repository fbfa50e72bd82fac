import { useCurrentUser } from "../auth/current-user";

/** The URL's search parameter that names the open project (ADR 0028). */
export const PROJECT_PARAM = "project";
const STORAGE_KEY = "opis.project";

/**
 * The project open in this tab: the URL's `?project=`, else the one last chosen in
 * this tab (links inside an app keep it that way), else none (the user's first).
 * The tRPC client sends it with every call; the server checks membership.
 */
export function activeProjectIdFromLocation(): string | null {
  if (typeof window === "undefined") return null;
  const fromUrl = new URLSearchParams(window.location.search).get(PROJECT_PARAM);
  if (fromUrl) return fromUrl;
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Opens `projectId` in this tab: in the URL (for links and reloads) and the tab's memory. */
export function openProject(projectId: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, projectId);
  } catch {
    // Storage refused (private mode): the URL still carries it.
  }
  const url = new URL(window.location.href);
  url.searchParams.set(PROJECT_PARAM, projectId);
  window.history.replaceState(window.history.state, "", url);
}

export type ActiveProject = ReturnType<typeof useCurrentUser>["projects"][number];

/**
 * The project the app shows: the one in the URL or the tab's memory when the user
 * works in it, else their first. Only inside <AuthGate>, which shows a page of its
 * own to a user who works in no project.
 */
export function useActiveProject(): ActiveProject {
  const user = useCurrentUser();
  const wanted = activeProjectIdFromLocation();
  const project = user.projects.find((p) => p.id === wanted) ?? user.projects[0];
  if (!project) throw new Error("useActiveProject: the user works in no project");
  return project;
}

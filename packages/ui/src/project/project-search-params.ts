import {
  createSearchParams,
  type NavigateOptions,
  type URLSearchParamsInit,
  useSearchParams,
} from "react-router";
import { activeProjectIdFromLocation, PROJECT_PARAM } from "./active-project";

/**
 * `useSearchParams` for a screen that keeps its state in the URL: the parameters it
 * writes replace its own, and the open project (`?project=`, ADR 0028) stays, so the
 * address still names the project after a filter changes (a copied link or a reload
 * opens the same project's view).
 */
export function useSearchParamsKeepingProject(): [
  URLSearchParams,
  (next: URLSearchParamsInit, options?: NavigateOptions) => void,
] {
  const [params, setParams] = useSearchParams();
  const set = (next: URLSearchParamsInit, options?: NavigateOptions) =>
    setParams(withActiveProject(createSearchParams(next)), options);
  return [params, set];
}

/** The parameters with the open project added, when one is open and they do not name it. */
export function withActiveProject(params: URLSearchParams): URLSearchParams {
  const projectId = activeProjectIdFromLocation();
  if (projectId && !params.has(PROJECT_PARAM)) params.set(PROJECT_PARAM, projectId);
  return params;
}

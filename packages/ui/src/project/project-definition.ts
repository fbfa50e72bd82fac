import type { ProjectDefinition } from "@opis/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { useActiveProject } from "./active-project";

/**
 * The query for a project's definition as the server runs it (ADR 0031): the active
 * project's, or the one a record names; its latest registered version, so a project
 * added with `opis project add` is known to the apps as well as the built-in ones.
 * Cached per project for the session: a definition changes only when a new version is
 * registered, and a reload reads it again.
 */
export function useProjectDefinitionQuery(projectId?: string) {
  const trpc = useTRPC();
  const active = useActiveProject();
  return useQuery({
    ...trpc.projects.current.queryOptions({ projectId: projectId ?? active.id }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The definition of the active project (or of `projectId`); undefined until it has arrived. */
export function useProjectDefinition(projectId?: string): ProjectDefinition | undefined {
  return useProjectDefinitionQuery(projectId).data?.definition;
}

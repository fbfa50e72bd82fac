import { FORTSATT_SAMVERKAN_PROJECT } from "./fortsatt-samverkan";
import { JOB_ACTION_PLAN_EUROPE_PROJECT } from "./job-action-plan-europe";
import { JOBB_KONTAKTEN_PROJECT } from "./jobb-kontakten";
import { OPIS_PROJECT } from "./opis";
import type { ProjectDefinition } from "./project-definition";

/** Every project the platform knows, by id. OPIS first: it is the one in production. */
export const PROJECTS: readonly ProjectDefinition[] = [
  OPIS_PROJECT,
  JOBB_KONTAKTEN_PROJECT,
  JOB_ACTION_PLAN_EUROPE_PROJECT,
  FORTSATT_SAMVERKAN_PROJECT,
];

export function getProject(id: string): ProjectDefinition | undefined {
  return PROJECTS.find((p) => p.id === id);
}

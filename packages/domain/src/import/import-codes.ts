import { exitStatusCategoriesOf, followUpOutcomeCategoriesOf } from "../projects/categories";
import type { ProjectDefinition } from "../projects/project-definition";
import { sitesOf } from "../projects/sites";
import { BIRTH_REGIONS } from "../vocabularies/birth-region";
import { EDUCATION_LEVELS } from "../vocabularies/education-level";
import { EXIT_REASONS } from "../vocabularies/exit";
import { GENDERS } from "../vocabularies/gender";
import { findMunicipality } from "../vocabularies/municipalities";
import {
  type ParticipationImportColumn,
  UNKNOWN_CODE,
  YES_NO_UNKNOWN,
} from "./participation-columns";

/** One allowed code of a column, with a Swedish name where the domain has one. */
export interface ImportCode {
  column: ParticipationImportColumn;
  code: string;
  name: string;
}

/**
 * Every code the project's import accepts, column by column: the template's
 * codes sheet and docs/import.md list exactly these.
 */
export function importCodesOf(project: ProjectDefinition): ImportCode[] {
  const plain = (column: ParticipationImportColumn, codes: readonly string[]) =>
    codes.map((code) => ({ column, code, name: "" }));
  return [
    ...plain("gender", GENDERS),
    ...project.municipalities.map((code) => ({
      column: "municipalityCode" as const,
      code,
      name: findMunicipality(code)?.name ?? "",
    })),
    ...sitesOf(project).map((site) => ({
      column: "site" as const,
      code: site.id,
      name:
        project.sites?.find((s) => s.id === site.id)?.name.sv ??
        findMunicipality(site.id)?.name ??
        "",
    })),
    ...plain("birthRegion", [...BIRTH_REGIONS, UNKNOWN_CODE]),
    ...plain("educationLevel", [...EDUCATION_LEVELS.filter((l) => l !== "US"), UNKNOWN_CODE]),
    ...plain("disability", YES_NO_UNKNOWN),
    ...plain("exitReason", EXIT_REASONS),
    ...exitStatusCategoriesOf(project).map((c) => ({
      column: "exitStatus" as const,
      code: c.id,
      name: c.name.sv,
    })),
    ...followUpOutcomeCategoriesOf(project).map((c) => ({
      column: "outcome90" as const,
      code: c.id,
      name: c.name.sv,
    })),
  ];
}

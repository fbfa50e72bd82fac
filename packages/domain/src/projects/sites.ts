import { z } from "zod";
import { type MunicipalityCode, MunicipalityCodeSchema } from "../vocabularies/municipalities";
import { DefinitionIdSchema, LocalizedTextSchema } from "./localized-text";

/**
 * A site (verksamhetsort): a named group of one or more of the project's
 * municipalities. A participant belongs to the site of the municipality they
 * are enrolled in; reports can be split by site.
 */
export const SiteSchema = z.object({
  id: DefinitionIdSchema,
  name: LocalizedTextSchema,
  municipalities: z.array(MunicipalityCodeSchema).min(1),
});
export type Site = z.infer<typeof SiteSchema>;

interface HasSites {
  municipalities: readonly MunicipalityCode[];
  sites?: readonly Site[] | undefined;
}

/**
 * The project's sites. A project that names none works in each municipality
 * on its own: one site per municipality, its id the municipality code.
 */
export function sitesOf(
  project: HasSites,
): readonly { id: string; municipalities: readonly string[] }[] {
  return (
    project.sites ?? project.municipalities.map((code) => ({ id: code, municipalities: [code] }))
  );
}

/** The id of the site a municipality belongs to; the code itself when the project has no sites. */
export function siteOf(project: HasSites, municipalityCode: string): string {
  if (!project.sites) return municipalityCode;
  return (
    project.sites.find((s) => s.municipalities.includes(municipalityCode as MunicipalityCode))
      ?.id ?? municipalityCode
  );
}

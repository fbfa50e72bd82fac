import { z } from "zod";

/**
 * Birth-region groups, after SCB's integration statistics with "rest of Europe"
 * split out so that "born outside Europe" (utomeuropeisk härkomst) is exact.
 */
export const BIRTH_REGIONS = [
  "sweden",
  "nordic",
  "euEfta",
  "restOfEurope",
  "outsideEurope",
] as const;
export const BirthRegionSchema = z.enum(BIRTH_REGIONS);
export type BirthRegion = z.infer<typeof BirthRegionSchema>;

export function isBornOutsideEurope(region: BirthRegion): boolean {
  return region === "outsideEurope";
}

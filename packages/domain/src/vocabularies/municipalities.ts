import { z } from "zod";
import { COUNTIES, type CountyCode } from "./counties";
import { MUNICIPALITIES, type Municipality, type MunicipalityCode } from "./municipalities.data";

export type { CountyCode, Municipality, MunicipalityCode };
export { COUNTIES, MUNICIPALITIES };

const municipalityCodes = MUNICIPALITIES.map((m) => m.code) as [
  MunicipalityCode,
  ...MunicipalityCode[],
];
const countyCodes = COUNTIES.map((c) => c.code) as [CountyCode, ...CountyCode[]];

/** A kommunkod: four digits, one of SCB's 290 municipalities. */
export const MunicipalityCodeSchema = z.enum(municipalityCodes);
export const CountyCodeSchema = z.enum(countyCodes);

const byCode = new Map<string, Municipality>(MUNICIPALITIES.map((m) => [m.code, m]));

export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

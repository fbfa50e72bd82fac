import { MUNICIPALITIES } from "@opis/domain";

const NAMES = new Map<string, string>(MUNICIPALITIES.map((m) => [m.code, m.name]));

/** The municipality's short name ("Kalmar") for an SCB code, or the code itself if unknown. */
export function municipalityName(code: string | null | undefined): string {
  if (!code) return "";
  return NAMES.get(code) ?? code;
}

import { z } from "zod";

/**
 * Age bands for splits: ESF+ reports under 30 and 55 or older; OPIS
 * prioritises 25 or older, so under 30 is cut at 25.
 */
export const AGE_BANDS = ["under25", "25to29", "30to54", "55plus"] as const;
export const AgeBandSchema = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBandSchema>;

export function ageBandOf(age: number): AgeBand {
  if (age < 25) return "under25";
  if (age < 30) return "25to29";
  if (age < 55) return "30to54";
  return "55plus";
}

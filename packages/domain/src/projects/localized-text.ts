import { z } from "zod";

/** Text a project definition shows to people, Swedish first. */
export const LocalizedTextSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** camelCase identifiers for rules, goals, instruments and groups inside a project. */
export const DefinitionIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, {
  error: "validation.project.id.format",
});

import { z } from "zod";
import { textSchema } from "../text/text-schema";

export const NOTE_KINDS = ["note", "handover"] as const;
export const NoteKindSchema = z.enum(NOTE_KINDS);

/**
 * A note in a participant's case, or a handover message to the other
 * organisation (AF ↔ kommun), which shows as unread there until opened.
 */
export const CaseNoteSchema = z.object({
  kind: NoteKindSchema,
  text: textSchema({ multiline: true })
    .trim()
    .min(1, { error: "validation.note.text.required" })
    .max(4000, { error: "validation.note.text.tooLong" }),
});
export type CaseNote = z.infer<typeof CaseNoteSchema>;

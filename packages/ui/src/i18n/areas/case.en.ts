import type { caseSv } from "./case.sv";

/** English messages of the case screens; the type keeps them complete. */
export const caseEn: Record<keyof typeof caseSv, string> = {};

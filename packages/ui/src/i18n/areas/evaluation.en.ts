import type { evaluationSv } from "./evaluation.sv";

/** English messages of the evaluation screens; the type keeps them complete. */
export const evaluationEn: Record<keyof typeof evaluationSv, string> = {};

import type { kommunSv } from "./kommun.sv";

/** English messages of the kommun screens; the type keeps them complete. */
export const kommunEn: Record<keyof typeof kommunSv, string> = {};

import type { ReactNode } from "react";

export type TagColour = "green" | "grey" | "red" | "yellow" | "blue";

/** Status as text plus colour, never colour alone. */
export function StatusTag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`tag tag--${colour}`}>{children}</strong>;
}

import type { RouterOutputs } from "@opis/api";
import { createContext, useContext } from "react";

export type CurrentUser = RouterOutputs["auth"]["me"];

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The logged-in user; only inside <AuthGate>. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser must be used inside <AuthGate>");
  return user;
}

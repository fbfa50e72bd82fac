import type { DatabaseHandle } from "@opis/db";

/**
 * Stands in for @opis/db's PGlite opener in the production bundle (build-bundle.ts swaps
 * it in), so the bundle carries no embedded database.
 */
export async function openPglite(): Promise<DatabaseHandle> {
  throw new Error("This build has no embedded database (PGlite): set DATABASE_URL.");
}

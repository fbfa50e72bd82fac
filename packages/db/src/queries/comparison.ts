import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../database";
import { comparisonImports, comparisonUnits } from "../schema";

export type ComparisonUnitInsert = Omit<typeof comparisonUnits.$inferInsert, "id" | "importId">;

/**
 * Stores one comparison-group extract and all its rows in one transaction:
 * either every row is in, or nothing is.
 */
export async function insertComparisonImport(
  db: Database,
  options: {
    projectId: string;
    fileName: string;
    importedBy: string;
    units: readonly ComparisonUnitInsert[];
  },
): Promise<{ id: string; rowCount: number }> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(comparisonImports)
      .values({
        projectId: options.projectId,
        fileName: options.fileName,
        rowCount: options.units.length,
        importedBy: options.importedBy,
      })
      .returning({ id: comparisonImports.id });
    if (!created) throw new Error("comparison import was not created");
    const chunk = 2_000;
    for (let i = 0; i < options.units.length; i += chunk) {
      await tx
        .insert(comparisonUnits)
        .values(options.units.slice(i, i + chunk).map((u) => ({ ...u, importId: created.id })));
    }
    return { id: created.id, rowCount: options.units.length };
  });
}

/** A project's comparison imports, newest first. */
export async function listComparisonImports(db: Executor, options: { projectId: string }) {
  return db
    .select({
      id: comparisonImports.id,
      fileName: comparisonImports.fileName,
      rowCount: comparisonImports.rowCount,
      createdAt: comparisonImports.createdAt,
    })
    .from(comparisonImports)
    .where(eq(comparisonImports.projectId, options.projectId))
    .orderBy(desc(comparisonImports.createdAt));
}

export async function findComparisonImport(
  db: Executor,
  options: { projectId: string; importId: string },
) {
  const [row] = await db
    .select({
      id: comparisonImports.id,
      projectId: comparisonImports.projectId,
      fileName: comparisonImports.fileName,
      rowCount: comparisonImports.rowCount,
      createdAt: comparisonImports.createdAt,
    })
    .from(comparisonImports)
    .where(eq(comparisonImports.id, options.importId));
  return row && row.projectId === options.projectId ? row : null;
}

/**
 * The pseudonymised units of one import, by pseudonym in byte order (COLLATE
 * "C", the same on every server and PGlite; JavaScript's default string order
 * for ASCII pseudonyms), then by id should a file repeat a pseudonym. Matching
 * breaks ties in the score by this order, so a match is reproducible.
 */
export async function loadComparisonUnits(db: Executor, options: { importId: string }) {
  return db
    .select({
      pseudonym: comparisonUnits.pseudonym,
      gender: comparisonUnits.gender,
      birthYear: comparisonUnits.birthYear,
      birthRegion: comparisonUnits.birthRegion,
      educationLevel: comparisonUnits.educationLevel,
      hasDisability: comparisonUnits.hasDisability,
      monthsRegistered: comparisonUnits.monthsRegistered,
      municipalityCode: comparisonUnits.municipalityCode,
      referenceDate: comparisonUnits.referenceDate,
      outcome90: comparisonUnits.outcome90,
    })
    .from(comparisonUnits)
    .where(eq(comparisonUnits.importId, options.importId))
    .orderBy(sql`${comparisonUnits.pseudonym} collate "C"`, asc(comparisonUnits.id));
}

export async function countComparisonUnits(db: Executor, options: { importId: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(comparisonUnits)
    .where(eq(comparisonUnits.importId, options.importId));
  return row?.n ?? 0;
}

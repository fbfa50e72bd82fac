import { appRouter } from "@opis/api";
import fc from "fast-check";
import type { z } from "zod";
import { arbitraryFor, type DeriveOptions } from "./zod-arbitrary";

export interface ProcedureUnderFuzz {
  path: string;
  type: "query" | "mutation";
  /** Inputs shaped by the procedure's own zod schema(s); `undefined` when it takes none. */
  input: fc.Arbitrary<unknown>;
}

interface ProcedureDef {
  _def: { type: string; inputs: z.ZodType[] };
}

/**
 * Every procedure of the app router, read from the router itself, so a
 * procedure added anywhere is fuzzed without touching this file.
 */
export function proceduresUnderFuzz(options: DeriveOptions): ProcedureUnderFuzz[] {
  const procedures = (
    appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } }
  )._def.procedures;
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.type !== "subscription")
    .map(([path, procedure]) => {
      const inputs = procedure._def.inputs.map((schema) => arbitraryFor(schema, options));
      const input =
        inputs.length === 0
          ? fc.constant(undefined)
          : fc.tuple(...inputs).map((parts) =>
              // Several .input() calls are merged by tRPC: merge the objects likewise.
              parts.every((p) => typeof p === "object" && p !== null && !Array.isArray(p))
                ? Object.assign({}, ...parts)
                : parts[0],
            );
      return { path, type: procedure._def.type as "query" | "mutation", input };
    });
}

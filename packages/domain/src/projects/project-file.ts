import { z } from "zod";
import { type ProjectDefinition, ProjectDefinitionSchema } from "./project-definition";

/** One problem in a project definition file: where (a JSON path such as `$.goals[2].target`) and what. */
export interface DefinitionFileError {
  path: string;
  /** A validation message key, or zod's code for a structural mistake (e.g. "invalid_type"). */
  message: string;
}

export type DefinitionFileResult =
  | { ok: true; project: ProjectDefinition }
  | { ok: false; errors: DefinitionFileError[] };

/** `$.goals[2].target` for the path ["goals", 2, "target"]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number"
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${out}.${String(key)}`
          : `${out}[${JSON.stringify(String(key))}]`,
    "$",
  );
}

/**
 * A project definition written as JSON (a file an organisation keeps), read
 * with the very schema the TypeScript definitions satisfy. Every problem is
 * reported with its JSON path, not only the first. A "$schema" key (for
 * editors) is allowed; any other unknown key is a mistake (a misspelt field
 * would otherwise be silently ignored).
 */
export function parseProjectDefinitionJson(text: string): DefinitionFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: "$", message: `invalid JSON: ${(error as Error).message}` }],
    };
  }
  return parseProjectDefinition(value);
}

/** The same as parseProjectDefinitionJson for an already parsed value. */
export function parseProjectDefinition(value: unknown): DefinitionFileResult {
  let input = value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const { $schema: _editorHint, ...definition } = value as Record<string, unknown>;
    input = definition;
  }
  const result = ProjectDefinitionSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message: issue.message.startsWith("validation.")
          ? issue.message
          : `${issue.code}: ${issue.message}`,
      })),
    };
  }
  const unknown = unknownKeys(input, result.data, []);
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map((path) => ({ path: jsonPath(path), message: "unknown field" })),
    };
  }
  return { ok: true, project: result.data };
}

/**
 * Keys of the input the schema dropped: zod strips keys it does not know, so
 * whatever is in the input but not in the parsed value is a field the
 * definition does not have.
 */
function unknownKeys(input: unknown, parsed: unknown, path: PropertyKey[]): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((item, i) => unknownKeys(item, parsed[i], [...path, i]));
  }
  if (isRecord(input) && isRecord(parsed)) {
    return Object.keys(input).flatMap((key) =>
      key in parsed ? unknownKeys(input[key], parsed[key], [...path, key]) : [[...path, key]],
    );
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The JSON Schema of a project definition file, generated from the zod schema
 * (docs/project-definition.schema.json), so editors can complete and check a
 * file as it is written. Cross-references (a goal's follow-up rule, a site's
 * municipalities) are checked by `opis project validate`, not by the JSON Schema.
 */
export function projectDefinitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectDefinitionSchema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://opis.example/project-definition.schema.json",
    title: "OPIS project definition",
    description:
      "A labour-market project as data: period, municipalities and sites, target group, goals, follow-up, categories and instruments.",
    ...schema,
    properties: { $schema: { type: "string" }, ...properties },
    additionalProperties: false,
  };
}

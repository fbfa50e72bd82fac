import { hasForbiddenCharacters } from "@opis/domain";

/** Deeper than any procedure's input; deeper nesting is refused before zod walks it. */
export const MAX_INPUT_DEPTH = 32;

export interface UnsafeInput {
  /** The field path in the form the apps use for field errors (`entries.3.note`). */
  path: string;
  messageKey: "validation.text.controlCharacters" | "errors.badRequest";
}

/**
 * The net under every procedure's own schema: finds, in the raw input, a string
 * or object key that holds a control character, a bidirectional override or an
 * unpaired surrogate (PostgreSQL refuses NUL with an error, the rest it would
 * store), or nesting deeper than any input has. Iterative, so a hostile
 * 100,000-level body cannot exhaust the stack. Returns the first finding.
 */
export function findUnsafeInput(raw: unknown): UnsafeInput | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof value === "string") {
      if (hasForbiddenCharacters(value, { multiline: true })) {
        return { path: path.join(".") || "_form", messageKey: "validation.text.controlCharacters" };
      }
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return { path: path.join(".") || "_form", messageKey: "errors.badRequest" };
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], path: [...path, String(index)] });
      }
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacters(key, { multiline: true })) {
        return { path: path.join(".") || "_form", messageKey: "validation.text.controlCharacters" };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

import fc from "fast-check";
import type { z } from "zod";

/**
 * fast-check arbitraries derived from zod 4 schemas, for fuzzing every tRPC
 * procedure from its own input schema (zod-fast-check supports zod 3 only).
 * Values follow the schema's shape, types, lengths and ranges, so many pass
 * validation and reach the database; strings are drawn partly from `hints`
 * (dates, codes, known ids) so refinements such as "a real date" pass too,
 * and partly from hostile strings. Refinements are not modelled: a value may
 * still be refused, which is fine for a fuzzer.
 */
export interface DeriveOptions {
  /** Candidate strings for a field, by its path (e.g. known enrolment ids for `enrolmentId`). */
  hints: (path: readonly string[]) => readonly string[];
  /** Strings that no field should accept quietly (NUL, lone surrogates, 1 MB, …). */
  hostile: fc.Arbitrary<string>;
  /** How often a string field gets a hostile string; default 0.15. */
  hostileRate?: number;
}

// fast-check's integers are 32-bit; larger ones come from the boundary values below.
const INT32_MAX = 2 ** 31 - 1;

type Def = {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
};

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checkDefs(def: Def): Record<string, unknown>[] {
  const own = def.check ? [def as Record<string, unknown>] : [];
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def)];
}

function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = 40;
  for (const check of checkDefs(def)) {
    if (check.check === "min_length") min = Number(check.minimum);
    if (check.check === "max_length") max = Math.min(Number(check.maximum), 200);
    if (check.check === "length_equals") {
      min = Number(check.length);
      max = Number(check.length);
    }
  }
  return { min, max: Math.max(min, max) };
}

function numberBounds(def: Def): { min: number; max: number; integer: boolean } {
  let min = -1e6;
  let max = 1e6;
  let integer = def.format === "safeint" || def.format === "int32";
  for (const check of checkDefs(def)) {
    if (check.check === "greater_than") {
      min = Number(check.value) + (check.inclusive ? 0 : integer ? 1 : 1e-9);
    }
    if (check.check === "less_than") {
      max = Number(check.value) - (check.inclusive ? 0 : integer ? 1 : 1e-9);
    }
    if (
      check.check === "number_format" &&
      (check.format === "safeint" || check.format === "int32")
    ) {
      integer = true;
    }
  }
  return { min, max: Math.max(min, max), integer };
}

function stringArbitrary(def: Def, path: readonly string[], options: DeriveOptions) {
  const { min, max } = lengthBounds(def);
  const formats = checkDefs(def).filter((c) => c.check === "string_format");
  const pattern = formats.find((f) => f.format === "regex")?.pattern as RegExp | undefined;
  const format = (def.format as string | undefined) ?? (formats[0]?.format as string | undefined);
  const hints = options.hints(path).filter((h) => !pattern || pattern.test(h));
  const choices: { weight: number; arbitrary: fc.Arbitrary<string> }[] = [
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: max, unit: "grapheme" }) },
    { weight: Math.round((options.hostileRate ?? 0.15) * 20), arbitrary: options.hostile },
  ];
  if (format === "uuid" || format === "guid") choices.push({ weight: 4, arbitrary: fc.uuid() });
  if (format === "email") choices.push({ weight: 6, arbitrary: fc.emailAddress() });
  if (hints.length > 0) choices.push({ weight: 12, arbitrary: fc.constantFrom(...hints) });
  return fc.oneof(...choices);
}

/** An arbitrary for values of `schema` (as JSON would carry them). */
export function arbitraryFor(
  schema: z.ZodType,
  options: DeriveOptions,
  path: readonly string[] = [],
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const recurse = (inner: unknown, at: readonly string[] = path) =>
    arbitraryFor(inner as z.ZodType, options, at, depth + 1);
  if (depth > 12) return fc.constant(null);
  switch (def.type) {
    case "string":
      return stringArbitrary(def, path, options);
    case "number": {
      const { min, max, integer } = numberBounds(def);
      const inRange = integer
        ? fc.integer({
            min: Math.ceil(Math.max(min, -INT32_MAX)),
            max: Math.floor(Math.min(max, INT32_MAX)),
          })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return fc.oneof(
        { weight: 8, arbitrary: inRange },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 2, 1e308, 0.5, -0) },
      );
    }
    case "bigint":
      return fc.integer();
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case "optional":
      return fc.option(recurse(def.innerType), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(recurse(def.innerType), { nil: null, freq: 4 });
    case "default":
    case "prefault":
      return fc.option(recurse(def.innerType), { nil: undefined, freq: 3 });
    case "readonly":
    case "catch":
    case "nonoptional":
    case "success":
      return recurse(def.innerType);
    case "pipe":
      return recurse(def.in);
    case "transform":
      return fc.jsonValue({ maxDepth: 2 });
    case "lazy":
      return recurse((def.getter as () => unknown)());
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => recurse(option)));
    case "intersection":
      return fc
        .tuple(recurse(def.left), recurse(def.right))
        .map(([left, right]) =>
          typeof left === "object" && left && typeof right === "object" && right
            ? { ...left, ...right }
            : left,
        );
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      const entries: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        entries[key] = recurse(value, [...path, key]);
        if (!["optional", "default", "prefault"].includes(defOf(value).type))
          requiredKeys.push(key);
      }
      return fc.record(entries, { requiredKeys }).map((value) => value as unknown);
    }
    case "array": {
      const { min, max } = lengthBounds(def);
      return fc.array(recurse(def.element, [...path, "0"]), {
        minLength: min,
        maxLength: Math.min(max, 8),
      });
    }
    case "tuple":
      return fc.tuple(
        ...(def.items as unknown[]).map((item, i) => recurse(item, [...path, String(i)])),
      );
    case "record":
      return fc.dictionary(
        recurse(def.keyType, [...path, "key"]) as fc.Arbitrary<string>,
        recurse(def.valueType, [...path, "value"]),
        { maxKeys: 6 },
      );
    case "date":
      return fc.date().map((d) => d.toISOString());
    default:
      // any, unknown, custom, …: any JSON value.
      return fc.jsonValue({ maxDepth: 3 });
  }
}

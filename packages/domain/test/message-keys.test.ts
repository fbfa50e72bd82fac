import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ELIGIBILITY_REASON_KEYS, PROJECTS, VALIDATION_MESSAGE_KEYS } from "../src/index";

const SRC = join(import.meta.dirname, "..", "src");
const LIST_FILE = join("validation", "message-keys.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

function keysUsedIn(pattern: RegExp, except?: string): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    if (except && file.endsWith(except)) continue;
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) used.add(match[1]!);
  }
  return used;
}

describe("validation message keys", () => {
  const used = keysUsedIn(/"(validation\.[A-Za-z0-9.]+)"/g, LIST_FILE);
  test("every key used in src is listed in VALIDATION_MESSAGE_KEYS", () => {
    expect(
      [...used].filter((k) => !(VALIDATION_MESSAGE_KEYS as readonly string[]).includes(k)),
    ).toEqual([]);
  });
  test("every listed key is used somewhere in src", () => {
    expect(VALIDATION_MESSAGE_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });
  test("keys are unique and shaped validation.<area>.<…>", () => {
    expect(new Set(VALIDATION_MESSAGE_KEYS).size).toBe(VALIDATION_MESSAGE_KEYS.length);
    for (const key of VALIDATION_MESSAGE_KEYS)
      expect(key).toMatch(/^validation(\.[a-zA-Z0-9]+){2,}$/);
  });
});

describe("eligibility reason keys", () => {
  const used = keysUsedIn(/"(eligibility\.[A-Za-z0-9.]+)"/g, join("eligibility", "reason-keys.ts"));
  test("the list and the evaluator agree", () => {
    expect([...used].sort()).toEqual([...ELIGIBILITY_REASON_KEYS].sort());
  });
});

test("instrument label keys in project definitions are namespaced", () => {
  for (const project of PROJECTS) {
    for (const instrument of project.instruments) {
      const keys =
        instrument.kind === "stepScale"
          ? instrument.steps.map((s) => s.labelKey)
          : instrument.kind === "lifeWheel"
            ? instrument.areas.map((a) => a.labelKey)
            : [instrument.questionKey];
      for (const key of keys)
        expect(key.startsWith(`instrument.${instrument.id}.`), key).toBe(true);
    }
  }
});

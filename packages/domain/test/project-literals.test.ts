import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { PROJECTS } from "../src/index";

/**
 * Issue 12: the active project is context, not a literal (ADR 0028). No source file
 * outside the project definitions names a project by its id; tests may.
 */
const REPO = join(import.meta.dirname, "..", "..", "..");
const ALLOWED_DIR = join("packages", "domain", "src", "projects");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === "dist" || name === "test") return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path) ? [path] : [];
  });
}

const sourceRoots = ["packages", "apps"].flatMap((top) =>
  readdirSync(join(REPO, top))
    .map((name) => join(REPO, top, name, "src"))
    .filter((dir) => {
      try {
        return statSync(dir).isDirectory();
      } catch {
        return false;
      }
    }),
);

/** Every `"<project id>"` (or single-quoted, or template) in the sources, with its place. */
function projectLiterals(): string[] {
  const ids = PROJECTS.map((p) => p.id).join("|");
  const literal = new RegExp(`(["'\`])(${ids})\\1`, "g");
  const found: string[] = [];
  for (const file of sourceRoots.flatMap(sourceFiles)) {
    const path = relative(REPO, file);
    if (path.startsWith(ALLOWED_DIR)) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const match of line.matchAll(literal)) found.push(`${path}:${index + 1}: ${match[0]}`);
      });
  }
  return found;
}

describe("no project named in code outside its definition", () => {
  test("the sources were found", () => {
    expect(sourceRoots.length).toBeGreaterThanOrEqual(8);
    expect(PROJECTS.length).toBeGreaterThanOrEqual(2);
  });

  test("no source file outside packages/domain/src/projects names a project id", () => {
    expect(projectLiterals()).toEqual([]);
  });
});

describe("the apps read a project's definition from the server (ADR 0031)", () => {
  test("no file of the apps or @opis/ui calls getProject (which knows only built-in projects)", () => {
    const appRoots = sourceRoots.filter((dir) => {
      const path = relative(REPO, dir);
      return path.startsWith("apps")
        ? !/^apps\/(server|cli)\//.test(`${path}/`)
        : path === join("packages", "ui", "src");
    });
    expect(appRoots.length).toBeGreaterThanOrEqual(4);
    const found = appRoots
      .flatMap(sourceFiles)
      .filter((file) => /\bgetProject\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPO, file));
    expect(found).toEqual([]);
  });
});

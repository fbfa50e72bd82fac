import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DATA_DIR,
  databaseTarget,
  describeTarget,
  REPO_ROOT,
  todayInSweden,
} from "../src/env";

describe("databaseTarget", () => {
  it("prefers DATABASE_URL", () => {
    expect(databaseTarget({ DATABASE_URL: "postgres://u:p@h/db", OPIS_DATA_DIR: "/x" })).toEqual({
      kind: "postgres",
      url: "postgres://u:p@h/db",
    });
  });

  it("defaults to PGlite in <repo>/.data/pglite", () => {
    expect(databaseTarget({})).toEqual({ kind: "pglite", dataDir: DEFAULT_DATA_DIR });
    expect(DEFAULT_DATA_DIR).toBe(resolve(REPO_ROOT, ".data/pglite"));
  });

  it("resolves a relative OPIS_DATA_DIR from where npm was started", () => {
    expect(databaseTarget({ OPIS_DATA_DIR: "db", INIT_CWD: "/home/me" })).toEqual({
      kind: "pglite",
      dataDir: "/home/me/db",
    });
  });

  it("never shows the password", () => {
    const text = describeTarget({ kind: "postgres", url: "postgres://opis:secret@db:5432/opis" });
    expect(text).not.toContain("secret");
  });
});

describe("todayInSweden", () => {
  it("uses Swedish time, not UTC", () => {
    expect(todayInSweden(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(todayInSweden(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
  });
});

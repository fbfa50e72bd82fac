import { describe, expect, test } from "vitest";
import { safeReturnTo } from "./return-to";

const cases: { name: string; input: string | null; expected: string }[] = [
  { name: "missing", input: null, expected: "/" },
  { name: "empty", input: "", expected: "/" },
  { name: "root", input: "/", expected: "/" },
  { name: "staff app", input: "/staff/", expected: "/staff/" },
  {
    name: "deep kommun path with query",
    input: "/kommun/a/b?x=1#y",
    expected: "/kommun/a/b?x=1#y",
  },
  { name: "admin app", input: "/admin/statistik", expected: "/admin/statistik" },
  { name: "absolute URL", input: "https://evil.example/staff/", expected: "/" },
  { name: "protocol-relative", input: "//evil.example/staff/", expected: "/" },
  { name: "backslash trick", input: "/\\evil.example/staff/", expected: "/" },
  { name: "tab trick", input: "/\t/evil.example", expected: "/" },
  { name: "javascript URL", input: "javascript:alert(1)", expected: "/" },
  { name: "other local path", input: "/auth/logout", expected: "/" },
  { name: "app name without slash", input: "/staff", expected: "/" },
  { name: "prefix look-alike", input: "/staffx/", expected: "/" },
  { name: "dot segments out of the app", input: "/staff/../oidc/", expected: "/" },
];

describe("safeReturnTo", () => {
  for (const tc of cases) {
    test(tc.name, () => expect(safeReturnTo(tc.input)).toBe(tc.expected));
  }
});

import { describe, expect, test } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv (RFC 4180)", () => {
  const cases = [
    {
      name: "plain",
      text: "a,b\n1,2\n",
      fields: [
        ["a", "b"],
        ["1", "2"],
      ],
      lines: [1, 2],
    },
    {
      name: "CRLF and no final newline",
      text: "a,b\r\n1,2",
      fields: [
        ["a", "b"],
        ["1", "2"],
      ],
      lines: [1, 2],
    },
    {
      name: "quoted comma and doubled quote",
      text: 'a,b\n"x, ""y""",2\n',
      fields: [
        ["a", "b"],
        ['x, "y"', "2"],
      ],
      lines: [1, 2],
    },
    {
      name: "line break inside quotes keeps line numbers right",
      text: 'a,b\n"1\n2",3\n4,5\n',
      fields: [
        ["a", "b"],
        ["1\n2", "3"],
        ["4", "5"],
      ],
      lines: [1, 2, 4],
    },
    {
      name: "empty fields",
      text: "a,b,c\n,,\n",
      fields: [
        ["a", "b", "c"],
        ["", "", ""],
      ],
      lines: [1, 2],
    },
    {
      name: "byte-order mark and blank lines",
      text: "\ufeffa\n\n1\n\n",
      fields: [["a"], ["1"]],
      lines: [1, 3],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const parsed = parseCsv(tc.text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.records.map((r) => r.fields)).toEqual(tc.fields);
      expect(parsed.records.map((r) => r.line)).toEqual(tc.lines);
    });
  }
  test("an unclosed quote is an error with its line", () => {
    expect(parseCsv('a\n1\n"open\n')).toEqual({
      ok: false,
      line: 3,
      message: "a quoted field is never closed",
    });
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasForbiddenCharacters, textSchema } from "./text-schema";

const FORBIDDEN = [
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u202e",
  "\u2066",
  "\ud800",
  "\udc00",
];

const cases: { name: string; input: string; multiline?: boolean; ok: boolean; output?: string }[] =
  [
    { name: "plain Swedish", input: "Åsa Öberg", ok: true, output: "Åsa Öberg" },
    {
      name: "decomposed ö becomes one character",
      input: "Jo\u0308nsson",
      ok: true,
      output: "Jönsson",
    },
    { name: "NUL", input: "Ann\u0000a", ok: false },
    { name: "escape sequence", input: "\u001b[31mred", ok: false },
    { name: "right-to-left override", input: "abc\u202Efdp.exe", ok: false },
    { name: "lone high surrogate", input: "a\ud83d", ok: false },
    { name: "lone low surrogate", input: "\ude00b", ok: false },
    { name: "a surrogate pair (emoji) is text", input: "glad 😀", ok: true, output: "glad 😀" },
    { name: "Arabic script without overrides", input: "سارة", ok: true, output: "سارة" },
    { name: "newline in a single-line field", input: "a\nb", ok: false },
    {
      name: "newline, tab and CR in multi-line text",
      input: "a\nb\tc\r\n",
      multiline: true,
      ok: true,
    },
    { name: "NUL in multi-line text", input: "a\n\u0000", multiline: true, ok: false },
  ];

describe("textSchema", () => {
  for (const tc of cases) {
    test(tc.name, () => {
      const result = textSchema({ multiline: tc.multiline ?? false }).safeParse(tc.input);
      expect(result.success).toBe(tc.ok);
      if (tc.ok && tc.output !== undefined) expect(result.data).toBe(tc.output);
      if (!tc.ok)
        expect(result.error?.issues[0]?.message).toBe("validation.text.controlCharacters");
    });
  }

  test("whatever it accepts is NFC and free of forbidden characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.boolean(),
        (input, multiline) => {
          const result = textSchema({ multiline }).safeParse(input);
          if (result.success) {
            expect(result.data).toBe(result.data.normalize("NFC"));
            expect(hasForbiddenCharacters(result.data, { multiline })).toBe(false);
            expect(result.data).toBe(input.normalize("NFC"));
          } else {
            expect(hasForbiddenCharacters(input, { multiline })).toBe(true);
          }
        },
      ),
    );
  });

  test("any text with a forbidden character inserted anywhere is refused", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 20 }),
        fc.constantFrom(...FORBIDDEN),
        fc.nat(),
        fc.boolean(),
        (text, bad, at, multiline) => {
          const i = at % (text.length + 1);
          const input = text.slice(0, i) + bad + text.slice(i);
          expect(textSchema({ multiline }).safeParse(input).success).toBe(false);
        },
      ),
    );
  });
});

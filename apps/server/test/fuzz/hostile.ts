import fc from "fast-check";

const MEGABYTE = 1024 * 1024;

/** Strings that have broken web services before; every string field meets them. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "Ann\u0000a",
  "\ud800",
  "x\udfff",
  "a\ud83d",
  "\u202eexe.txt",
  "\u2066isolate\u2069",
  "\u001b[2J",
  "\r\n",
  "\u0085",
  "\uFEFF",
  "e\u0301",
  "ﬀ",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "👩‍👩‍👧‍👦",
  "'; DROP TABLE people; --",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "$" + "{jndi:ldap://x/a}", // log4shell's probe
  "__proto__",
  "null",
  "NaN",
  "-1",
  "1e309",
  "9".repeat(400),
  "a".repeat(70_000),
  "ö".repeat(MEGABYTE / 2),
  "a".repeat(MEGABYTE),
];

/** Hostile strings, and arbitrary UTF-16 (which includes lone surrogates and controls). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
);

/** A value nested `depth` levels deep, as objects or arrays (JSON can carry it; JSON.stringify of it cannot). */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** Whole inputs no schema expects: wrong types, deep nesting, huge arrays, prototype keys. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    true,
    "x",
    [],
    {},
    nested(40, false),
    nested(1_000, true),
    Array.from({ length: 100_000 }, (_, i) => i),
    JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}'),
  ),
  fc.jsonValue({ maxDepth: 4 }),
  hostileString,
);

/** Request bodies (and query inputs) as raw text: not JSON, not UTF-8, or nested 20,000 deep. */
export const RAW_BODIES: readonly (string | Buffer)[] = [
  nestedText(20_000),
  `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  "{",
  '{"a":',
  "\u0000",
  Buffer.from([0xff, 0xfe, 0xfd]),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), // {"a":"\xc3("}
  "[".repeat(200_000),
  "1".repeat(500_000),
];

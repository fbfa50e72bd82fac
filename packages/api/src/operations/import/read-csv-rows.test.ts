import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readCsvRows } from "./read-csv-rows";

async function read(chunks: (string | Uint8Array)[]) {
  const rows = [];
  for await (const row of readCsvRows(
    (async function* () {
      yield* chunks;
    })(),
  ))
    rows.push(row);
  return rows;
}

describe("readCsvRows", () => {
  test("semicolons, a BOM, CRLF, quoted separators, quotes and line breaks", async () => {
    const text = '\uFEFFa;b;c\r\n1;"x;y";"say ""hej"""\r\n2;"two\nlines";\r\n';
    expect(await read([text])).toEqual([
      { row: 1, cells: ["a", "b", "c"] },
      { row: 2, cells: ["1", "x;y", 'say "hej"'] },
      { row: 3, cells: ["2", "two\nlines", ""] },
    ]);
  });

  test("commas when the header has no semicolon; blank lines skipped; no final newline", async () => {
    expect(await read(["a,b\n\n1,2"])).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
    ]);
  });

  test("UTF-8 split across chunks (å, ö) is decoded whole", async () => {
    const bytes = new TextEncoder().encode("namn;ort\nÅsa;Jönköping\n");
    expect(await read([bytes.slice(0, 13), bytes.slice(13, 19), bytes.slice(19)])).toEqual([
      { row: 1, cells: ["namn", "ort"] },
      { row: 2, cells: ["Åsa", "Jönköping"] },
    ]);
  });

  test("invalid UTF-8 is an error, not mojibake", async () => {
    await expect(read([new Uint8Array([0x61, 0x3b, 0x62, 0x0a, 0xff, 0x0a])])).rejects.toThrow();
  });

  test("property: any table written with quoting reads back the same, however it is chunked", async () => {
    const cell = fc.string({ maxLength: 8 }).map((s) => s.replace(/\r/g, ""));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        async (table, size) => {
          const withHeader = [["a", "b", "c"], ...table];
          const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
          const text = withHeader.map((r) => r.map(quote).join(";")).join("\r\n");
          const chunks: string[] = [];
          for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
          const rows = await read(chunks);
          expect(rows.map((r) => r.cells)).toEqual(withHeader);
        },
      ),
    );
  });
});
